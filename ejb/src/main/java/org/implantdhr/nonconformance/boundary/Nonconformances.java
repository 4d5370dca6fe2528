package org.implantdhr.nonconformance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.nonconformance.control.ConcessionContent;
import org.implantdhr.nonconformance.control.NcrNumbers;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.nonconformance.entity.Nonconformance;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Nonconformance reports: opened by QA or by the release evaluation, closed by a disposition.
 * REWORK and SCRAP are QA's decision (SCRAP rejects the implant); USE_AS_IS is a concession a QA
 * manager signs.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
public class Nonconformances {

    public static final String SUBJECT_TYPE = "Nonconformance";
    private static final String CHECK_PATTERN = "[A-Z][A-Z0-9-]{1,39}";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject NcrNumbers numbers;

    @Inject ElectronicSignatures signatures;

    @EJB Implants implants;

    public NonconformanceRecord open(String implantSerial, String checkId, String description) {
        Implant implant = implants.referenced(implantSerial, "implantSerial");
        return recordOf(openOn(implant, checkId, description), implant.serialNumber());
    }

    /**
     * For the release evaluation, once per FAIL finding: the open report on this implant and check
     * if there is one, otherwise a new one.
     */
    public NonconformanceRecord openFor(String implantSerial, String checkId, String description) {
        Implant implant = implants.referenced(implantSerial, "implantSerial");
        if (checkId == null || checkId.isBlank()) {
            throw new InvalidRequestException("checkId", "The check that failed is required");
        }
        Nonconformance ncr =
                openReportOn(implant.id(), checkId)
                        .orElseGet(() -> openOn(implant, checkId, description));
        return recordOf(ncr, implant.serialNumber());
    }

    /**
     * REWORK or SCRAP, each with its justification (a disposition closes the report for good, so it
     * says why); SCRAP also rejects the implant.
     */
    public NonconformanceRecord dispose(
            String number, Disposition disposition, String justification) {
        String reason = checkedDisposition(number, disposition, justification);
        Nonconformance ncr = openReport(number);
        String serial = serialOf(ncr);
        close(ncr, disposition, reason, null);
        if (disposition == Disposition.SCRAP) {
            implants.moveTo(serial, ImplantStatus.REJECTED, "scrapped by " + number);
        }
        return recordOf(ncr, serial);
    }

    /**
     * Whether {@link #dispose} would accept this disposition of this open report, checked before a
     * page asks for confirmation; nothing is changed. Returns the justification as it will be
     * recorded.
     */
    public String checkedDisposition(String number, Disposition disposition, String justification) {
        if (disposition == null) {
            throw new InvalidRequestException(
                    "disposition", "The disposition is required: REWORK, SCRAP or USE_AS_IS");
        }
        if (disposition == Disposition.USE_AS_IS) {
            throw new InvalidRequestException(
                    "disposition", "USE_AS_IS is a concession: a QA manager signs it");
        }
        openReport(number);
        return checkedText(justification, "justification", true);
    }

    /**
     * USE_AS_IS: a justification and the QA manager's e-signature (password re-entered), meaning
     * CONCESSION.
     */
    @RolesAllowed("QA_MANAGER")
    public NonconformanceRecord concede(
            String number, String justification, char[] password, String zoneId) {
        Nonconformance ncr = openReport(number);
        String serial = serialOf(ncr);
        String reason = checkedText(justification, "justification", true);
        var content =
                new ConcessionContent(
                        ncr.number(),
                        serial,
                        ncr.checkId(),
                        ncr.description(),
                        Disposition.USE_AS_IS.name(),
                        reason);
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.CONCESSION,
                        zoneId,
                        SUBJECT_TYPE,
                        ncr.id(),
                        content.sha256());
        close(ncr, Disposition.USE_AS_IS, reason, signature.id());
        return recordOf(ncr, serial);
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public NonconformanceRecord get(String number) {
        Nonconformance ncr =
                find(number).orElseThrow(() -> new NoSuchRecordException("Nonconformance", number));
        return recordOf(ncr, serialOf(ncr));
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<NonconformanceRecord> ofImplant(String implantSerial) {
        Implant implant = implants.get(implantSerial);
        return em
                .createNamedQuery(Nonconformance.OF_IMPLANT, Nonconformance.class)
                .setParameter("implantId", implant.id())
                .getResultList()
                .stream()
                .map(n -> recordOf(n, implant.serialNumber()))
                .toList();
    }

    /** The QA work queue: every open report, oldest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<NonconformanceRecord> openOnes() {
        return em
                .createNamedQuery(Nonconformance.OPEN, Nonconformance.class)
                .getResultList()
                .stream()
                .map(n -> recordOf(n, serialOf(n)))
                .toList();
    }

    private Nonconformance openOn(Implant implant, String checkId, String description) {
        String check = checkId == null || checkId.isBlank() ? null : checkId.strip();
        if (check != null && !check.matches(CHECK_PATTERN)) {
            throw new InvalidRequestException(
                    "checkId",
                    "A check id is like DIM-CRITICAL: upper-case letters, digits and '-'");
        }
        Instant now = RecordingClock.now();
        var ncr =
                new Nonconformance(
                        numbers.next(now),
                        implant.id(),
                        check,
                        checkedText(description, "description", true),
                        currentUser.username(),
                        now);
        em.persist(ncr);
        em.flush();
        audit.created(ncr);
        return ncr;
    }

    private void close(
            Nonconformance ncr, Disposition disposition, String justification, Long signatureId) {
        var before = ncr.auditState();
        ncr.close(
                disposition,
                justification,
                signatureId,
                currentUser.username(),
                RecordingClock.now());
        audit.changed(
                ncr,
                before,
                "disposition " + disposition + (justification == null ? "" : ": " + justification));
    }

    private Optional<Nonconformance> find(String number) {
        return em.createNamedQuery(Nonconformance.BY_NUMBER, Nonconformance.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private Optional<Nonconformance> openReportOn(long implantId, String checkId) {
        return em.createNamedQuery(Nonconformance.OF_IMPLANT, Nonconformance.class)
                .setParameter("implantId", implantId)
                .getResultStream()
                .filter(n -> n.open() && checkId.strip().equals(n.checkId()))
                .findFirst();
    }

    private Nonconformance openReport(String number) {
        Nonconformance ncr =
                find(number).orElseThrow(() -> new NoSuchRecordException("Nonconformance", number));
        if (!ncr.open()) {
            throw new ConflictingRecordException(
                    number + " is already closed with disposition " + ncr.disposition());
        }
        return ncr;
    }

    private String serialOf(Nonconformance ncr) {
        return em.find(Implant.class, ncr.implantId()).serialNumber();
    }

    private static String checkedText(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidRequestException(field, "The " + field + " is required");
            }
            return null;
        }
        if (text.length() > 2000) {
            throw new InvalidRequestException(
                    field, "The " + field + " is at most 2000 characters");
        }
        return text.strip();
    }

    private NonconformanceRecord recordOf(Nonconformance n, String serial) {
        NonconformanceRecord.Approval approval = null;
        if (n.approvalSignatureId() != null) {
            ElectronicSignature s = em.find(ElectronicSignature.class, n.approvalSignatureId());
            approval =
                    new NonconformanceRecord.Approval(
                            s.signer().username(),
                            s.printedName(),
                            s.meaning().name(),
                            s.signedAt(),
                            s.zoneId(),
                            s.signedHash(),
                            s.manifestation());
        }
        return new NonconformanceRecord(
                n.id(),
                n.number(),
                serial,
                n.checkId(),
                n.description(),
                n.status(),
                n.disposition(),
                n.justification(),
                n.openedAt(),
                n.openedBy(),
                n.closedAt(),
                n.closedBy(),
                approval);
    }
}
