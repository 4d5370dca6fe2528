package org.implantdhr.implantation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.certificate.boundary.CertificateVerdict;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.certificate.boundary.ImplantVerification;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.implantation.control.PatientAccess;
import org.implantdhr.implantation.control.SerialInput;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.implantation.entity.Operation;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.vigilance.control.VigilanceScreening;

/**
 * The operation that puts a released implant into its patient, the discharge that ends the hospital
 * stay, and the explant or revision that ends the implantation. Surgeons record for the patients of
 * their own cases, study staff (theatre staff) for those of their hospital; QA, QA managers and
 * regulators read ({@link PatientAccess}).
 */
@Stateless
@RolesAllowed({"SURGEON", "STUDY_STAFF"})
public class Implantations {

    /** Refusals about the implant itself name this field. */
    static final String SERIAL = "serialNumber";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    /** Every explant opens its vigilance case in this transaction. */
    @Inject VigilanceScreening vigilance;

    @Inject CurrentUser currentUser;

    @Inject PatientAccess access;

    @Inject NotAfterRecording notAfterRecording;

    @EJB Certificates certificates;

    @EJB FollowUps followUps;

    /**
     * Records the operation, makes the implant IMPLANTED and starts its follow-up on the protocol
     * in force. Refuses, naming the field and the reason: an implant that is not the caller's
     * patient's, not released, revoked or recalled, already implanted; a plate lot not recorded,
     * expired or recalled; an operation in the future or before the certificate.
     */
    public Implantation implant(OperationRecord r) {
        String serial = SerialInput.serialOf(r.serialNumber());
        if (serial == null || serial.isBlank()) {
            throw new InvalidRequestException(SERIAL, "Type the serial or scan the QR code");
        }
        Implant implant =
                em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                        .setParameter("serial", serial)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> PatientAccess.notAmongYours(serial, SERIAL));
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        access.requireRecords(implantCase.surgeonId(), implantCase.hospital(), serial, SERIAL);
        // a second operation on the same implant, or a recall at the same time, fails on the
        // version instead of interleaving
        em.lock(implant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        find(serial)
                .ifPresent(
                        earlier -> {
                            throw new ConflictingRecordException(
                                    "Implant "
                                            + serial
                                            + " was implanted on "
                                            + earlier.operatedAt()
                                            + ": one implantation per implant");
                        });
        requireImplantable(implant);
        ImplantVerification certificate = certificates.verify(serial);
        if (certificate.status() != CertificateVerdict.RELEASED) {
            throw new InvalidRequestException(
                    SERIAL,
                    "Implant "
                            + serial
                            + "'s certificate is "
                            + certificate.status()
                            + (certificate.revokedReason() == null
                                    ? ""
                                    : " (" + certificate.revokedReason() + ")")
                            + ": do not implant");
        }
        notAfterRecording.check(r.operatedAt(), "operatedAt");
        if (r.operatedAt() != null && r.operatedAt().isBefore(certificate.issuedAt())) {
            throw new InvalidRequestException(
                    "operatedAt",
                    "The operation ("
                            + r.operatedAt()
                            + ") cannot come before the implant's release ("
                            + certificate.issuedAt()
                            + ")");
        }
        ComponentLot plate = plateLot(r);
        var operation =
                new Operation(
                        r.operatedAt(),
                        required("durationMinutes", r.durationMinutes()),
                        plate.id(),
                        required("ribsResected", r.ribsResected()),
                        r.ribLevels(),
                        r.sternumResection(),
                        r.defectLengthMm(),
                        r.defectWidthMm(),
                        r.admissionDate());
        LocalDate operationDay = day(operation);
        requireUsable(plate, operationDay);
        if (operation.admissionDate().isAfter(operationDay)) {
            throw new InvalidRequestException(
                    "admissionDate",
                    "The admission ("
                            + operation.admissionDate()
                            + ") cannot come after the operation ("
                            + operationDay
                            + ")");
        }
        var implantation =
                new Implantation(
                        implant.id(),
                        serial,
                        implantCase.id(),
                        implantCase.patientPseudonym(),
                        implantCase.hospital(),
                        implantCase.surgeonId(),
                        operation,
                        currentUser.username(),
                        RecordingClock.now());
        if (r.dischargeDate() != null) {
            notAfterRecording.check(r.dischargeDate(), "dischargeDate");
            implantation.discharge(r.dischargeDate(), operationDay);
        }
        em.persist(implantation);
        em.flush();
        audit.created(implantation);
        var before = implant.auditState();
        implant.moveTo(ImplantStatus.IMPLANTED);
        audit.changed(implant, before, "implanted, implantation " + implantation.id());
        followUps.start(implantation.id(), serial, operationDay);
        return implantation;
    }

    /** The discharge ends the hospital stay (the study's length-of-stay endpoint). */
    public Implantation discharge(String serial, LocalDate dischargeDate, String reason) {
        Implantation implantation = recordedFor(serial);
        if (dischargeDate == null) {
            throw new InvalidRequestException("dischargeDate", "The discharge date is required");
        }
        notAfterRecording.check(dischargeDate, "dischargeDate");
        var before = implantation.auditState();
        boolean correcting = implantation.dischargeDate() != null;
        if (correcting && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException(
                    "reason", "The discharge is recorded already: a correction needs a reason");
        }
        implantation.discharge(dischargeDate, implantation.operationDay());
        audit.changed(implantation, before, correcting ? reason.strip() : "discharged");
        return implantation;
    }

    /** Ends the implantation; the implant becomes EXPLANTED. */
    public Explantation explant(String serial, ExplantRecord r) {
        Implantation implantation = recordedFor(serial);
        if (!implantation.inPlace()) {
            throw new ConflictingRecordException(
                    "Implant " + serial + " is " + implantation.status() + " already");
        }
        if (r.kind() == null) {
            throw new InvalidRequestException("kind", "EXPLANT or REVISION");
        }
        if (r.reason() == null) {
            throw new InvalidRequestException("reason", "Why the implant came out is required");
        }
        if (r.explantedOn() == null) {
            throw new InvalidRequestException("explantedOn", "The date is required");
        }
        notAfterRecording.check(r.explantedOn(), "explantedOn");
        if (r.explantedOn().isBefore(implantation.operationDay())) {
            throw new InvalidRequestException(
                    "explantedOn",
                    "An explant cannot come before the operation ("
                            + implantation.operationDay()
                            + ")");
        }
        String reasonText = text("reasonText", r.reasonText(), 2000);
        if (r.reason() == org.implantdhr.implantation.entity.ExplantReason.OTHER
                && reasonText == null) {
            throw new InvalidRequestException("reasonText", "Name the reason (OTHER)");
        }
        var explantation =
                new Explantation(
                        implantation,
                        r.kind(),
                        r.explantedOn(),
                        r.reason(),
                        reasonText,
                        Boolean.TRUE.equals(r.deviceReturned()),
                        text("retrievalFindings", r.retrievalFindings(), 4000),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(explantation);
        em.flush();
        audit.created(explantation);
        var before = implantation.auditState();
        implantation.end(r.kind());
        audit.changed(implantation, before, r.kind() + " " + explantation.id());
        Implant implant = em.find(Implant.class, implantation.implantId());
        var implantBefore = implant.auditState();
        implant.moveTo(ImplantStatus.EXPLANTED);
        audit.changed(implant, implantBefore, r.kind() + " " + explantation.id());
        vigilance.screen(implantation);
        return explantation;
    }

    /** Retrieval analysis reported later; a change of findings already given needs a reason. */
    public Explantation reportFindings(String serial, String findings, String reason) {
        Implantation implantation = recordedFor(serial);
        Explantation explantation =
                explantationOf(implantation)
                        .orElseThrow(
                                () ->
                                        new ConflictingRecordException(
                                                "Implant " + serial + " has not been explanted"));
        String text = text("retrievalFindings", findings, 4000);
        if (text == null) {
            throw new InvalidRequestException("retrievalFindings", "The findings are required");
        }
        boolean correcting = explantation.retrievalFindings() != null;
        if (correcting && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException(
                    "reason", "Findings are recorded already: a correction needs a reason");
        }
        var before = explantation.auditState();
        explantation.reportFindings(text);
        audit.changed(explantation, before, correcting ? reason.strip() : "retrieval findings");
        return explantation;
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public Implantation get(String serial) {
        String s = SerialInput.serialOf(serial);
        return find(s).filter(i -> access.reads(i.surgeonId(), i.hospital()))
                .orElseThrow(
                        () ->
                                new org.implantdhr.platform.control.NoSuchRecordException(
                                        "Implantation", s));
    }

    /** Whether the caller records for this patient (pages offer their forms only then). */
    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public boolean recordsFor(Implantation implantation) {
        return access.records(implantation.surgeonId(), implantation.hospital());
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<Explantation> explantationOf(Implantation implantation) {
        return em.createNamedQuery(Explantation.BY_IMPLANTATION, Explantation.class)
                .setParameter("implantationId", implantation.id())
                .getResultStream()
                .peek(e -> e.knowSerial(implantation.serialNumber()))
                .findFirst();
    }

    /** The implantations the caller may see, newest operation first. */
    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Implantation> visible(int offset, int limit) {
        String jpql =
                "select i from Implantation i where "
                        + access.scope("i")
                        + " order by i.operatedAt desc, i.id desc";
        return access.bindScope(em.createQuery(jpql, Implantation.class), jpql)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The separation-plate lots recorded that may be used today: neither recalled nor expired, the
     * newest expiry first. (The operation checks the lot against its own day again.)
     */
    public List<ComponentLot> plateLots() {
        return em.createQuery(
                        "select l from ComponentLot l where l.recalledAt is null"
                                + " and l.expiryDate >= :today"
                                + " order by l.expiryDate desc, l.lotNumber",
                        ComponentLot.class)
                .setParameter("today", RecordingClock.today())
                .setMaxResults(200)
                .getResultList();
    }

    /** The implants the caller may implant now: released, of their own cases or hospital. */
    public List<Implant> awaitingOperation() {
        String jpql =
                "select i from Implant i, ImplantCase c where i.caseId = c.id"
                        + " and i.status = :released and "
                        + access.scope("c")
                        + " order by i.serialNumber";
        return access.bindScope(em.createQuery(jpql, Implant.class), jpql)
                .setParameter("released", ImplantStatus.RELEASED)
                .setMaxResults(200)
                .getResultList();
    }

    private static LocalDate day(Operation operation) {
        return LocalDate.ofInstant(operation.operatedAt(), ZoneOffset.UTC);
    }

    private Optional<Implantation> find(String serial) {
        return em.createNamedQuery(Implantation.BY_SERIAL, Implantation.class)
                .setParameter("serial", serial)
                .getResultStream()
                .findFirst();
    }

    /** An implantation the caller records for; any other is refused like an unknown one. */
    private Implantation recordedFor(String serial) {
        String s = SerialInput.serialOf(serial);
        Implantation implantation =
                find(s).orElseThrow(() -> PatientAccess.notAmongYours(s, SERIAL));
        access.requireRecords(implantation.surgeonId(), implantation.hospital(), s, SERIAL);
        return implantation;
    }

    private static void requireImplantable(Implant implant) {
        String why =
                switch (implant.status()) {
                    case RELEASED -> null;
                    case RECALLED -> "recalled: its certificate is revoked";
                    case REJECTED -> "rejected";
                    case IMPLANTED -> "implanted already";
                    case EXPLANTED -> "explanted: an implant is never implanted twice";
                    default -> "not released (" + implant.status() + ")";
                };
        if (why != null) {
            throw new InvalidRequestException(
                    SERIAL,
                    "Implant " + implant.serialNumber() + " is " + why + ": do not implant");
        }
    }

    private ComponentLot plateLot(OperationRecord r) {
        if (r.plateLotNumber() == null || r.plateLotNumber().isBlank()) {
            throw new InvalidRequestException(
                    "plateLotNumber", "The separation-plate lot used is required");
        }
        return em.createNamedQuery(ComponentLot.BY_KEY, ComponentLot.class)
                .setParameter("supplier", r.plateSupplier())
                .setParameter("catalogueNumber", r.plateCatalogueNumber())
                .setParameter("lotNumber", r.plateLotNumber().strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "plateLotNumber",
                                        "No separation-plate lot "
                                                + r.plateLotNumber()
                                                + " of "
                                                + r.plateSupplier()
                                                + " "
                                                + r.plateCatalogueNumber()
                                                + " is recorded: record the lot used first"));
    }

    private static void requireUsable(ComponentLot plate, LocalDate operationDay) {
        if (plate.recalledAt() != null) {
            throw new InvalidRequestException(
                    "plateLotNumber",
                    "Separation-plate lot " + plate.lotNumber() + " is recalled: do not use it");
        }
        if (plate.expiryDate().isBefore(operationDay)) {
            throw new InvalidRequestException(
                    "plateLotNumber",
                    "Separation-plate lot "
                            + plate.lotNumber()
                            + " expired on "
                            + plate.expiryDate()
                            + ", before the operation ("
                            + operationDay
                            + ")");
        }
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new InvalidRequestException(field, "Required");
        }
        return value;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidRequestException(field, "At most " + max + " characters");
        }
        return t;
    }
}
