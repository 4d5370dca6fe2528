package org.implantdhr.release.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.control.FactsJson;
import org.implantdhr.release.control.ReleaseFactsAssembler;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Evaluation;
import org.implantdhr.rules.Finding;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.ReleaseEvaluator;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.specification.control.BaselineSpecification;

/**
 * The first half of release by exception: the rules judge the record against the specification in
 * force, each FAIL opens a nonconformance report, and QA acknowledges each warning of the latest
 * evaluation. Evaluating moves the implant to EVALUATED whatever the verdict: the verdict is the
 * evaluation's, the decision is QA's (see {@link ReleaseDecisions}). A stored evaluation can be
 * replayed: its facts judged again by the rules.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
public class ReleaseEvaluations {

    private static final Set<ImplantStatus> DECIDED = ImplantStatus.decidedStatuses();
    private static final ReleaseEvaluator EVALUATOR = new ReleaseEvaluator();

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject ReleaseFactsAssembler assembler;
    @Inject ReleaseRecords records;

    @EJB Implants implants;
    @EJB Specifications specifications;
    @EJB Nonconformances nonconformances;

    /**
     * Judges the record now; each FAIL finding gets a nonconformance report (one open report per
     * check).
     */
    public EvaluationRecord evaluate(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        if (DECIDED.contains(implant.status())) {
            throw new ConflictingRecordException(
                    "Implant "
                            + serialNumber
                            + " is "
                            + implant.status()
                            + ": it is not evaluated again");
        }
        LocalDate today = RecordingClock.today();
        Specification specification =
                specifications.effectiveOn(BaselineSpecification.CODE, today).toRules();
        ReleaseFacts facts = assembler.assemble(implant, today, specification);
        Evaluation evaluation = EVALUATOR.evaluate(facts, specification);
        if (openReportsFor(serialNumber, evaluation)) {
            // the reports just opened are evidence too: judge the record with them, so that the
            // evaluation is
            // not stale the moment it is made
            facts = assembler.assemble(implant, today, specification);
            evaluation = EVALUATOR.evaluate(facts, specification);
            openReportsFor(serialNumber, evaluation);
        }
        FactsJson.Snapshot snapshot = FactsJson.snapshot(facts);
        var stored =
                new ReleaseEvaluation(
                        implant.id(),
                        today,
                        evaluation,
                        snapshot.json(),
                        snapshot.sha256(),
                        snapshot.evidenceFingerprint(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(stored);
        em.flush();
        audit.created(stored);
        implants.moveTo(
                serialNumber,
                ImplantStatus.EVALUATED,
                "release evaluation " + stored.id() + ": " + stored.verdict());
        return records.of(stored, serialNumber);
    }

    /**
     * One open report per failed check (REC-NCR excepted: it fails because of open reports). True
     * when a report was opened.
     */
    private boolean openReportsFor(String serialNumber, Evaluation evaluation) {
        List<Finding> fails =
                evaluation.findings().stream()
                        .filter(f -> f.outcome() == Outcome.FAIL && !f.checkId().equals("REC-NCR"))
                        .toList();
        if (fails.isEmpty()) {
            return false; // the usual case: no report to open, so no need to count the reports
        }
        int before = nonconformances.ofImplant(serialNumber).size();
        for (Finding fail : fails) {
            nonconformances.openFor(serialNumber, fail.checkId(), ncrDescription(fail));
        }
        return nonconformances.ofImplant(serialNumber).size() != before;
    }

    private static String ncrDescription(Finding fail) {
        String text =
                "Release check "
                        + fail.checkId()
                        + " failed for "
                        + fail.subject()
                        + ": "
                        + fail.message();
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    /**
     * The releasing QA person acknowledges a WARN finding of the latest evaluation, with a comment.
     */
    public FindingRecord acknowledge(long evaluationId, long findingId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidRequestException("comment", "Say why the warning is acceptable");
        }
        ReleaseEvaluation evaluation = records.evaluation(evaluationId);
        var finding =
                evaluation.findings().stream()
                        .filter(f -> f.id() == findingId)
                        .findFirst()
                        .orElseThrow(() -> new NoSuchRecordException("Finding", findingId));
        if (finding.outcome() != Outcome.WARN) {
            throw new InvalidRequestException(
                    "findingId",
                    "Only a WARN finding is acknowledged; this one is " + finding.outcome());
        }
        if (!records.isLatest(evaluation)) {
            throw new ConflictingRecordException(
                    "Evaluation " + evaluationId + " is not the latest of its implant");
        }
        if (records.acknowledgementOf(finding).isPresent()) {
            throw new ConflictingRecordException(
                    "Finding " + findingId + " is already acknowledged");
        }
        var acknowledgement =
                new WarningAcknowledgement(
                        finding, comment.strip(), currentUser.username(), RecordingClock.now());
        em.persist(acknowledgement);
        em.flush();
        audit.created(acknowledgement);
        return FindingRecord.of(finding, acknowledgement);
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public EvaluationRecord latest(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        return records.of(
                records.latest(implant.id())
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Evaluation of implant", serialNumber)),
                serialNumber);
    }

    /**
     * Judges the stored facts again with the specification version the evaluation was pinned to.
     */
    @RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
    public ReplayReport replay(long evaluationId) {
        ReleaseEvaluation evaluation = records.evaluation(evaluationId);
        ReleaseFacts facts = FactsJson.read(evaluation.factsJson());
        boolean intact = FactsJson.sha256(FactsJson.write(facts)).equals(evaluation.factsSha256());
        Evaluation again =
                EVALUATOR.evaluate(
                        facts,
                        specifications.toRules(
                                evaluation.specificationCode(), evaluation.specificationVersion()));
        List<Finding> before = evaluation.findings().stream().map(f -> f.toFinding()).toList();
        List<String> differences = new ArrayList<>();
        before.stream()
                .filter(f -> !again.findings().contains(f))
                .forEach(f -> differences.add("stored only: " + f));
        again.findings().stream()
                .filter(f -> !before.contains(f))
                .forEach(f -> differences.add("replay only: " + f));
        return new ReplayReport(
                evaluationId,
                intact,
                evaluation.ruleSetVersion(),
                again.ruleSetVersion().toString(),
                again.findings().size(),
                intact && before.equals(again.findings()),
                differences);
    }
}
