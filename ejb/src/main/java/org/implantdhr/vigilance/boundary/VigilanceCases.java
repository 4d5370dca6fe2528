package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.ReportingDeadline;
import org.implantdhr.vigilance.entity.CaseStatus;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * The vigilance cases the rules opened: read by QA, QA managers and regulators; triaged by a QA
 * manager into the reporting deadline that applies.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class VigilanceCases {

    private static final int MAX_LISTED = 500;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    /** Open cases first, each group by the day its report is due at the latest, then newest. */
    public List<VigilanceCase> list() {
        List<VigilanceCase> cases =
                em.createQuery(
                                "select c from VigilanceCase c order by c.awareOn desc, c.caseNumber desc",
                                VigilanceCase.class)
                        .setMaxResults(MAX_LISTED)
                        .getResultList();
        return cases.stream()
                .sorted(
                        java.util.Comparator.comparing(
                                        (VigilanceCase c) -> c.status() != CaseStatus.OPEN)
                                .thenComparing(VigilanceCase::dueOnAtTheLatest))
                .toList();
    }

    /** The open (not yet triaged) cases, for the QA managers' start page. */
    public long openCount() {
        return em.createQuery(
                        "select count(c) from VigilanceCase c where c.status = :open", Long.class)
                .setParameter("open", CaseStatus.OPEN)
                .getSingleResult();
    }

    public VigilanceCase get(String caseNumber) {
        return em.createQuery(
                        "select c from VigilanceCase c where c.caseNumber = :n",
                        VigilanceCase.class)
                .setParameter("n", caseNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Vigilance case", caseNumber));
    }

    /** The cases of one implant, oldest first. */
    public List<VigilanceCase> ofImplant(String serialNumber) {
        return em.createQuery(
                        "select c from VigilanceCase c where c.serialNumber = :serial"
                                + " order by c.caseNumber",
                        VigilanceCase.class)
                .setParameter("serial", serialNumber)
                .getResultList();
    }

    /** A QA manager chooses the reporting deadline that applies, with the reason; audited. */
    @RolesAllowed("QA_MANAGER")
    public VigilanceCase triage(String caseNumber, String deadline, String reason) {
        if (deadline == null || deadline.isBlank()) {
            throw new InvalidRequestException("deadline", "Choose the reporting deadline");
        }
        ReportingDeadline chosen;
        try {
            chosen = ReportingDeadline.valueOf(deadline.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "deadline",
                    "No reporting deadline "
                            + deadline.strip()
                            + "; one of "
                            + java.util.Arrays.toString(ReportingDeadline.values()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Say why this deadline applies");
        }
        VigilanceCase vigilanceCase = get(caseNumber);
        Map<String, Object> before = vigilanceCase.auditState();
        vigilanceCase.triage(chosen, reason.strip(), currentUser.username(), RecordingClock.now());
        audit.changed(vigilanceCase, before, reason.strip());
        return vigilanceCase;
    }
}
