package org.implantdhr.release.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.release.entity.ReleaseDecision;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;

/** Reads the release records and turns them into what the boundary answers. */
@Dependent
public class ReleaseRecords {

    @PersistenceContext EntityManager em;

    public ReleaseEvaluation evaluation(long id) {
        ReleaseEvaluation evaluation = em.find(ReleaseEvaluation.class, id);
        if (evaluation == null) {
            throw new NoSuchRecordException("Evaluation", id);
        }
        return evaluation;
    }

    public Optional<ReleaseEvaluation> latest(long implantId) {
        return em.createNamedQuery(ReleaseEvaluation.OF_IMPLANT, ReleaseEvaluation.class)
                .setParameter("implantId", implantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean isLatest(ReleaseEvaluation evaluation) {
        return latest(evaluation.implantId())
                .map(e -> e.id().equals(evaluation.id()))
                .orElse(false);
    }

    public List<WarningAcknowledgement> acknowledgementsOf(ReleaseEvaluation evaluation) {
        return em.createNamedQuery(
                        WarningAcknowledgement.OF_EVALUATION, WarningAcknowledgement.class)
                .setParameter("evaluation", evaluation)
                .getResultList();
    }

    public Optional<WarningAcknowledgement> acknowledgementOf(ReleaseFinding finding) {
        return em.createQuery(
                        "select a from WarningAcknowledgement a where a.finding = :finding",
                        WarningAcknowledgement.class)
                .setParameter("finding", finding)
                .getResultStream()
                .findFirst();
    }

    public Optional<ReleaseDecision> latestDecision(long implantId) {
        return em.createNamedQuery(ReleaseDecision.OF_IMPLANT, ReleaseDecision.class)
                .setParameter("implantId", implantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The manifestation of the release signature of a decision; null for a rejection. */
    public String manifestationOf(ReleaseDecision decision) {
        return decision.signatureId() == null
                ? null
                : em.find(ElectronicSignature.class, decision.signatureId()).manifestation();
    }

    public EvaluationRecord of(ReleaseEvaluation e, String serialNumber) {
        Map<Long, WarningAcknowledgement> acknowledged =
                acknowledgementsOf(e).stream()
                        .collect(Collectors.toMap(a -> a.finding().id(), Function.identity()));
        return new EvaluationRecord(
                e.id(),
                serialNumber,
                e.createdAt(),
                e.createdBy(),
                e.releaseDate(),
                e.specificationCode(),
                e.specificationVersion(),
                e.ruleSetVersion(),
                e.factsSha256(),
                e.evidenceFingerprint(),
                e.verdict(),
                ReleaseReadiness.verdictShown(e),
                e.findings().stream()
                        .map(f -> FindingRecord.of(f, acknowledged.get(f.id())))
                        .toList());
    }

    public DecisionRecord of(ReleaseDecision d, String serialNumber, String manifestation) {
        return new DecisionRecord(
                d.id(),
                serialNumber,
                d.evaluation() == null ? null : d.evaluation().id(),
                d.decision(),
                d.reason(),
                d.createdAt(),
                d.createdBy(),
                d.decisionSha256(),
                manifestation,
                d.decisionContent());
    }
}
