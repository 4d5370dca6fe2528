package org.implantdhr.followup.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.followup.control.EventChecks;
import org.implantdhr.followup.control.FollowUpProtocol;
import org.implantdhr.followup.control.FollowUpProtocols;
import org.implantdhr.followup.control.ProtocolVisit;
import org.implantdhr.followup.control.VisitScores;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.followup.entity.FollowUp;
import org.implantdhr.followup.entity.FollowUpStatus;
import org.implantdhr.followup.entity.ScheduledVisit;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.followup.entity.VisitFindings;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implantation.control.PatientAccess;
import org.implantdhr.implantation.control.SerialInput;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.vigilance.control.VigilanceScreening;

/**
 * The study's follow-up of each implantation: the schedule generated from the protocol in force on
 * the day of the operation, the visits and adverse events recorded against it, corrections with a
 * reason, and the worklist of visits due, overdue or missed. Who records and who reads is {@link
 * PatientAccess}'s decision.
 */
@Stateless
@RolesAllowed({"SURGEON", "STUDY_STAFF"})
public class FollowUps {

    private static final String SERIAL = "serialNumber";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject PatientAccess access;

    @Inject NotAfterRecording notAfterRecording;

    /**
     * A death, or an event that may be an incident, opens its vigilance case in this transaction.
     */
    @Inject VigilanceScreening vigilance;

    /**
     * Starts the follow-up of a new implantation (called by the operation's record, in its
     * transaction): the protocol in force on the operation's day, and its schedule.
     */
    public FollowUp start(long implantationId, String serial, LocalDate operationDay) {
        FollowUpProtocol protocol =
                FollowUpProtocols.inForceOn(operationDay)
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "operatedAt",
                                                "No follow-up protocol is in force on "
                                                        + operationDay));
        var followUp =
                new FollowUp(
                        implantationId,
                        serial,
                        protocol.code(),
                        protocol.version(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(followUp);
        em.flush();
        audit.created(followUp);
        for (FollowUpProtocol.VisitWindow w : protocol.schedule(operationDay)) {
            var visit =
                    new ScheduledVisit(
                            followUp.id(),
                            serial,
                            w.visitCode(),
                            w.sequenceNo(),
                            w.target(),
                            w.start(),
                            w.end(),
                            currentUser.username(),
                            RecordingClock.now());
            em.persist(visit);
            em.flush();
            audit.created(visit);
        }
        return followUp;
    }

    /** Records the visit the protocol names {@code visitCode}; once per visit. */
    public Visit recordVisit(String serial, String visitCode, VisitFindings findings) {
        Implantation implantation = recordedFor(serial);
        FollowUp followUp = followUpOf(implantation);
        FollowUpProtocol protocol =
                FollowUpProtocols.get(followUp.protocolCode(), followUp.protocolVersion());
        ProtocolVisit visit = protocolVisit(protocol, visitCode);
        if (visitOf(followUp, visit.code()).isPresent()) {
            throw new ConflictingRecordException(
                    "The "
                            + visit.code()
                            + " visit of "
                            + implantation.serialNumber()
                            + " is recorded already: correct it, with a reason");
        }
        if (followUp.status() == FollowUpStatus.ENDED
                || followUp.status() == FollowUpStatus.COMPLETED) {
            throw new ConflictingRecordException(
                    "The follow-up of "
                            + implantation.serialNumber()
                            + " is "
                            + followUp.status()
                            + " since "
                            + followUp.statusDate());
        }
        VisitFindings checked =
                VisitScores.check(findings, protocol, visit, implantation.operationDay(), today());
        var recorded =
                new Visit(
                        followUp.id(),
                        implantation.id(),
                        implantation.serialNumber(),
                        visit.code(),
                        checked,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(recorded);
        em.flush();
        audit.created(recorded);
        scheduled(followUp, visit.code())
                .ifPresent(
                        s -> {
                            s.knowSerial(implantation.serialNumber());
                            var before = s.auditState();
                            s.done(recorded.id());
                            audit.changed(s, before, "visit " + recorded.id() + " recorded");
                        });
        followOn(followUp, implantation, protocol, checked);
        vigilance.screen(implantation);
        return recorded;
    }

    /** A correction of a recorded visit: the same checks, and a reason in the audit trail. */
    public Visit correctVisit(
            String serial, String visitCode, VisitFindings findings, String reason) {
        requireReason(reason);
        Implantation implantation = recordedFor(serial);
        FollowUp followUp = followUpOf(implantation);
        FollowUpProtocol protocol =
                FollowUpProtocols.get(followUp.protocolCode(), followUp.protocolVersion());
        ProtocolVisit visit = protocolVisit(protocol, visitCode);
        Visit recorded =
                visitOf(followUp, visit.code())
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Visit", serial + " " + visit.code()));
        VisitFindings checked =
                VisitScores.check(findings, protocol, visit, implantation.operationDay(), today());
        recorded.knowSerial(implantation.serialNumber());
        var before = recorded.auditState();
        recorded.correct(checked);
        audit.changed(recorded, before, reason.strip());
        followOn(followUp, implantation, protocol, checked);
        vigilance.screen(implantation);
        return recorded;
    }

    /** Reports an adverse event after the implantation (optionally seen at a visit). */
    public AdverseEvent reportEvent(String serial, String visitCode, EventReport report) {
        Implantation implantation = recordedFor(serial);
        EventReport checked = EventChecks.check(report, implantation.operationDay(), today());
        Long visitId = null;
        if (visitCode != null && !visitCode.isBlank()) {
            visitId =
                    visitOf(followUpOf(implantation), visitCode.strip())
                            .map(Visit::id)
                            .orElseThrow(
                                    () ->
                                            new InvalidRequestException(
                                                    "visitCode",
                                                    "No "
                                                            + visitCode
                                                            + " visit of "
                                                            + implantation.serialNumber()
                                                            + " is recorded"));
        }
        var event =
                new AdverseEvent(
                        implantation.id(),
                        implantation.serialNumber(),
                        visitId,
                        checked,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(event);
        em.flush();
        audit.created(event);
        vigilance.screen(implantation);
        return event;
    }

    /** An update (resolution, outcome) or correction of an event, with a reason. */
    public AdverseEvent correctEvent(
            String serial, long eventId, EventReport report, String reason) {
        requireReason(reason);
        Implantation implantation = recordedFor(serial);
        AdverseEvent event = em.find(AdverseEvent.class, eventId);
        if (event == null || event.implantationId() != implantation.id()) {
            throw new NoSuchRecordException("Adverse event", serial + " " + eventId);
        }
        EventReport checked = EventChecks.check(report, implantation.operationDay(), today());
        event.knowSerial(implantation.serialNumber());
        var before = event.auditState();
        event.correct(checked);
        audit.changed(event, before, reason.strip());
        vigilance.screen(implantation);
        return event;
    }

    /** No contact despite attempts: lost to follow-up from a date, with the reason. */
    public FollowUp loseToFollowUp(String serial, LocalDate lastContact, String reason) {
        requireReason(reason);
        Implantation implantation = recordedFor(serial);
        FollowUp followUp = followUpOf(implantation);
        if (lastContact == null) {
            throw new InvalidRequestException("date", "The date of the last contact is required");
        }
        notAfterRecording.check(lastContact, "date");
        if (lastContact.isBefore(implantation.operationDay())) {
            throw new InvalidRequestException(
                    "date", "The last contact cannot come before the operation");
        }
        if (followUp.status() != FollowUpStatus.ACTIVE) {
            throw new ConflictingRecordException(
                    "The follow-up of " + serial + " is " + followUp.status());
        }
        followUp.knowSerial(implantation.serialNumber());
        var before = followUp.auditState();
        followUp.changeStatus(FollowUpStatus.LOST_TO_FOLLOW_UP, lastContact, reason.strip());
        audit.changed(followUp, before, reason.strip());
        return followUp;
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public FollowUp followUp(String serial) {
        return followUpOf(readableFor(serial));
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public List<ScheduledVisit> schedule(String serial) {
        Implantation implantation = readableFor(serial);
        return em.createNamedQuery(ScheduledVisit.OF_FOLLOW_UP, ScheduledVisit.class)
                .setParameter("followUpId", followUpOf(implantation).id())
                .getResultList();
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Visit> visits(String serial) {
        Implantation implantation = readableFor(serial);
        return em.createNamedQuery(Visit.OF_IMPLANTATION, Visit.class)
                .setParameter("implantationId", implantation.id())
                .getResultList();
    }

    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public List<AdverseEvent> events(String serial) {
        Implantation implantation = readableFor(serial);
        return em.createNamedQuery(AdverseEvent.OF_IMPLANTATION, AdverseEvent.class)
                .setParameter("implantationId", implantation.id())
                .getResultList();
    }

    /**
     * The visits that need someone on {@code day}: due, overdue or missed, of active follow-ups of
     * the patients the caller may see, optionally of one hospital; by hospital, surgeon, target.
     */
    @RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
    public List<WorklistRow> worklist(LocalDate day, String hospital) {
        LocalDate on = day == null ? today() : day;
        String jpql =
                "select i, f, s from Implantation i, FollowUp f, ScheduledVisit s"
                        + " where f.implantationId = i.id and s.followUpId = f.id"
                        + " and s.visitId is null and s.windowStart <= :on"
                        + " and f.status = :active and "
                        + access.scope("i")
                        + (hospital == null || hospital.isBlank()
                                ? ""
                                : " and lower(i.hospital) = :hospital")
                        + " order by i.hospital, i.surgeonId, s.targetDate, i.serialNumber";
        var query =
                access.bindScope(em.createQuery(jpql, Object[].class), jpql)
                        .setParameter("on", on)
                        .setParameter("active", FollowUpStatus.ACTIVE);
        if (jpql.contains(":hospital")) {
            query.setParameter("hospital", hospital.strip().toLowerCase(java.util.Locale.ROOT));
        }
        var rows = new ArrayList<WorklistRow>();
        var surgeons = new java.util.HashMap<Long, String>();
        for (Object[] r : query.setMaxResults(1000).getResultList()) {
            Implantation i = (Implantation) r[0];
            FollowUp f = (FollowUp) r[1];
            ScheduledVisit s = (ScheduledVisit) r[2];
            rows.add(
                    new WorklistRow(
                            i.serialNumber(),
                            i.patientPseudonym(),
                            i.hospital(),
                            surgeons.computeIfAbsent(i.surgeonId(), this::surgeonName),
                            s.visitCode(),
                            s.targetDate(),
                            s.windowStart(),
                            s.windowEnd(),
                            s.stateOn(on),
                            f.status()));
        }
        rows.sort(
                Comparator.comparing(WorklistRow::hospital)
                        .thenComparing(WorklistRow::surgeon)
                        .thenComparing(WorklistRow::target));
        return rows;
    }

    /** Death ends the follow-up; the protocol's last visit done completes it. */
    private void followOn(
            FollowUp followUp,
            Implantation implantation,
            FollowUpProtocol protocol,
            VisitFindings findings) {
        followUp.knowSerial(implantation.serialNumber());
        var before = followUp.auditState();
        if (findings.diseaseStatus() == DiseaseStatus.DEATH) {
            followUp.changeStatus(FollowUpStatus.ENDED, findings.diseaseStatusDate(), "death");
        } else if (allDone(followUp, protocol)) {
            followUp.changeStatus(
                    FollowUpStatus.COMPLETED, findings.visitDate(), "last protocol visit done");
        } else {
            return;
        }
        audit.changed(followUp, before, followUp.statusReason());
    }

    private boolean allDone(FollowUp followUp, FollowUpProtocol protocol) {
        String last = protocol.visits().get(protocol.visits().size() - 1).code();
        return visitOf(followUp, last).isPresent();
    }

    private String surgeonName(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        return user == null ? "?" : user.fullName();
    }

    private static ProtocolVisit protocolVisit(FollowUpProtocol protocol, String visitCode) {
        String code = visitCode == null ? null : visitCode.strip().toUpperCase();
        return protocol.visit(code)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "visitCode",
                                        "Protocol "
                                                + protocol.code()
                                                + " "
                                                + protocol.version()
                                                + " has no visit "
                                                + visitCode
                                                + "; its visits are "
                                                + protocol.visits().stream()
                                                        .map(ProtocolVisit::code)
                                                        .toList()));
    }

    private Optional<Visit> visitOf(FollowUp followUp, String visitCode) {
        return em.createQuery(
                        "select v from Visit v where v.followUpId = :f and v.visitCode = :c",
                        Visit.class)
                .setParameter("f", followUp.id())
                .setParameter("c", visitCode)
                .getResultStream()
                .findFirst();
    }

    private Optional<ScheduledVisit> scheduled(FollowUp followUp, String visitCode) {
        return em.createQuery(
                        "select s from ScheduledVisit s where s.followUpId = :f"
                                + " and s.visitCode = :c",
                        ScheduledVisit.class)
                .setParameter("f", followUp.id())
                .setParameter("c", visitCode)
                .getResultStream()
                .findFirst();
    }

    private FollowUp followUpOf(Implantation implantation) {
        FollowUp f =
                em.createNamedQuery(FollowUp.BY_IMPLANTATION, FollowUp.class)
                        .setParameter("implantationId", implantation.id())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Follow-up", implantation.serialNumber()));
        f.knowSerial(implantation.serialNumber());
        return f;
    }

    private Optional<Implantation> find(String serial) {
        return em.createNamedQuery(Implantation.BY_SERIAL, Implantation.class)
                .setParameter("serial", SerialInput.serialOf(serial))
                .getResultStream()
                .findFirst();
    }

    private Implantation recordedFor(String serial) {
        Implantation implantation =
                find(serial).orElseThrow(() -> PatientAccess.notAmongYours(serial, SERIAL));
        access.requireRecords(implantation.surgeonId(), implantation.hospital(), serial, SERIAL);
        return implantation;
    }

    private Implantation readableFor(String serial) {
        return find(serial)
                .filter(i -> access.reads(i.surgeonId(), i.hospital()))
                .orElseThrow(() -> new NoSuchRecordException("Implantation", serial));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "A correction needs a reason");
        }
        if (reason.length() > 2000) {
            throw new InvalidRequestException("reason", "At most 2000 characters");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(notAfterRecording.latest(), ZoneOffset.UTC);
    }
}
