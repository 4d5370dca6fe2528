package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.recall.boundary.RecallRecord;
import org.implantdhr.recall.boundary.Recalls;
import org.implantdhr.recall.entity.RecallOrigin;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.trace.boundary.Traces;
import org.implantdhr.vigilance.entity.CaseRecall;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * A recall made from a vigilance case in one action: of the powder lot, build, heat-treatment run
 * or separation-plate lot the case's implant was made from, through the recall component (its
 * e-signature meaning RECALL, its reason, its revocations), and linked to the case, audited. A
 * record the implant was not made from cannot be recalled from its case.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class CaseRecalls {

    /** The kinds of the backward trace that each recall kind is found under. */
    private static final java.util.Map<RecallOrigin, String> TRACE_KIND =
            java.util.Map.of(
                    RecallOrigin.POWDER_LOT, "powder lot",
                    RecallOrigin.BUILD, "build",
                    RecallOrigin.HEAT_TREATMENT_RUN, "heat-treatment run",
                    RecallOrigin.COMPONENT_LOT, "separation-plate lot");

    @PersistenceContext EntityManager em;

    @EJB VigilanceCases cases;

    @EJB Traces traces;

    @EJB Recalls recalls;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @RolesAllowed("QA_MANAGER")
    public RecallRecord recall(
            String caseNumber,
            String kind,
            String key,
            String reason,
            char[] password,
            String zoneId) {
        RecallOrigin origin = origin(kind);
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException("key", "Name the " + origin.label() + " to recall");
        }
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        String number = key.strip();
        String traceKind = TRACE_KIND.get(origin);
        boolean madeFromIt =
                traces.backward(vigilanceCase.serialNumber()).stream()
                        .filter(l -> l.kind().equals(traceKind))
                        .map(TraceLink::key)
                        .anyMatch(number::equals);
        if (!madeFromIt) {
            throw new InvalidRequestException(
                    "key",
                    "Implant "
                            + vigilanceCase.serialNumber()
                            + " was not made from "
                            + origin.label()
                            + " "
                            + number
                            + ": recall it from the recalls, not from this case");
        }
        RecallRecord recall = recalls.recall(origin, number, reason, password, zoneId);
        var link =
                new CaseRecall(
                        vigilanceCase, recall.id(), currentUser.username(), RecordingClock.now());
        em.persist(link);
        em.flush();
        audit.created(link);
        return recall;
    }

    /** The recalls made from the case, oldest first. */
    public List<RecallRecord> ofCase(String caseNumber) {
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        return em
                .createQuery(
                        "select r.recallId from CaseRecall r where r.caseId = :case order by r.id",
                        Long.class)
                .setParameter("case", vigilanceCase.id())
                .getResultList()
                .stream()
                .map(recalls::get)
                .toList();
    }

    private static RecallOrigin origin(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidRequestException(
                    "kind", "Say what is recalled: one of " + TRACE_KIND.keySet());
        }
        try {
            return RecallOrigin.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "kind",
                    "'"
                            + kind.strip()
                            + "' cannot be recalled; one of "
                            + Arrays.toString(RecallOrigin.values()));
        }
    }
}
