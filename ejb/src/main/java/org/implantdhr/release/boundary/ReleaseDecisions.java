package org.implantdhr.release.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.control.DecisionContent;
import org.implantdhr.release.control.FactsJson;
import org.implantdhr.release.control.Readiness;
import org.implantdhr.release.control.ReleaseFactsAssembler;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.release.entity.ReleaseDecision;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Evaluation;
import org.implantdhr.rules.Finding;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.ReleaseEvaluator;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.facts.ReleaseSignature;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.boundary.Specifications;

/**
 * The second half of release by exception: QA releases an implant with an e-signature over the
 * decision, or rejects it, on the latest evaluation (see {@link ReleaseEvaluations}). An evaluation
 * goes stale when any evidence behind it changes (its evidence fingerprint no longer matches the
 * record) or a day passes; a release then needs a new evaluation. {@link #readiness} says where an
 * implant stands towards its release, judged as the release judges it.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
public class ReleaseDecisions {

    static final String SUBJECT_TYPE = "Implant";
    private static final Set<ImplantStatus> DECIDED = ImplantStatus.decidedStatuses();
    private static final ReleaseEvaluator EVALUATOR = new ReleaseEvaluator();

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;
    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject ElectronicSignatures signatures;
    @Inject ReleaseFactsAssembler assembler;
    @Inject ReleaseRecords records;

    @EJB Implants implants;
    @EJB Specifications specifications;
    @EJB Nonconformances nonconformances;
    @EJB Certificates certificates;

    /**
     * Releases on the latest evaluation when its {@link #readiness readiness} for the caller is
     * ready to sign: refused with 409 when the implant is already decided (also when another server
     * released it a moment ago), has no evaluation, or the evaluation is stale; 403 when the caller
     * recorded any of the implant's evidence; 422 while a finding is FAIL or MISSING or a warning
     * is not acknowledged by the caller, or the password is wrong. The signature is bound to the
     * SHA-256 of the decision content.
     */
    public DecisionRecord release(String serialNumber, char[] password, String zoneId) {
        Implant implant = implants.get(serialNumber);
        em.lock(implant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        requireUndecided(implant);
        String me = currentUser.username();
        Judged judged = judge(implant, me);
        Readiness readiness = judged.readiness();
        switch (readiness.state()) {
            case READY_TO_SIGN -> {}
            case NOT_EVALUATED ->
                    throw new ConflictingRecordException(
                            "Implant " + serialNumber + " has no evaluation: evaluate it first");
            case OUTDATED -> throw new ConflictingRecordException(readiness.obstacles().get(0));
            case NOT_BY_YOU ->
                    throw new EJBAccessException(
                            readiness.obstacles().get(0) + " (" + serialNumber + ")");
            case RELEASED, REJECTED, RECALLED ->
                    throw new ConflictingRecordException(
                            "Implant " + serialNumber + " is already " + readiness.state());
            default ->
                    throw new InvalidRequestException(
                            "evaluation", ReleaseReadiness.describe(readiness.obstacles()));
        }
        ReleaseEvaluation evaluation = judged.evaluation();
        var content =
                new DecisionContent(
                        serialNumber,
                        "RELEASED",
                        me,
                        evaluation,
                        judged.acknowledgements(),
                        nonconformances.ofImplant(serialNumber).stream()
                                .filter(n -> n.disposition() == Disposition.USE_AS_IS)
                                .toList());
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.RELEASE,
                        zoneId,
                        SUBJECT_TYPE,
                        implant.id(),
                        content.sha256());
        confirmSignature(implant, evaluation, judged.specification(), signature);
        var decision =
                ReleaseDecision.released(
                        implant.id(),
                        evaluation,
                        signature.id(),
                        content.canonicalJson(),
                        content.sha256(),
                        me,
                        signature.signedAt());
        persistDecision(decision, serialNumber);
        implants.moveTo(
                serialNumber, ImplantStatus.RELEASED, "released, signature " + signature.id());
        certificates.issue(serialNumber);
        return records.of(decision, serialNumber, signature.manifestation());
    }

    /**
     * Where the implant stands towards its release for the caller, judged as {@link #release}
     * judges it: the pages and the API show this, so that they never offer a release the release
     * would refuse. A caller who is not QA gets the judgement for nobody in particular (any
     * acknowledgement counts, four eyes are not judged).
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Readiness readiness(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        boolean releaser = session.isCallerInRole("QA") || session.isCallerInRole("QA_MANAGER");
        return judge(implant, releaser ? currentUser.username() : null).readiness();
    }

    /**
     * The latest evaluation, the record as it is now, and what that means for a release by the
     * person.
     */
    private record Judged(
            Readiness readiness,
            ReleaseEvaluation evaluation,
            Specification specification,
            List<WarningAcknowledgement> acknowledgements) {}

    private Judged judge(Implant implant, String person) {
        Readiness decided = ReleaseReadiness.decided(implant.status());
        if (decided != null) {
            return new Judged(decided, null, null, List.of());
        }
        ReleaseEvaluation evaluation = records.latest(implant.id()).orElse(null);
        if (evaluation == null) {
            return new Judged(ReleaseReadiness.notEvaluated(), null, null, List.of());
        }
        LocalDate today = RecordingClock.today();
        if (!ReleaseReadiness.isOfToday(evaluation, today)) {
            return new Judged(
                    ReleaseReadiness.outdated(evaluation, today, false),
                    evaluation,
                    null,
                    List.of());
        }
        Specification specification =
                specifications.toRules(
                        evaluation.specificationCode(), evaluation.specificationVersion());
        ReleaseFacts now = assembler.assemble(implant, evaluation.releaseDate(), specification);
        if (!FactsJson.evidenceFingerprint(now).equals(evaluation.evidenceFingerprint())) {
            return new Judged(
                    ReleaseReadiness.outdated(evaluation, today, true),
                    evaluation,
                    specification,
                    List.of());
        }
        var acknowledgements = records.acknowledgementsOf(evaluation);
        return new Judged(
                ReleaseReadiness.judge(
                        evaluation,
                        acknowledgements,
                        person,
                        person != null && now.evidenceRecordedBy().contains(person)),
                evaluation,
                specification,
                acknowledgements);
    }

    /** REC-FOUR-EYES and REC-SIGNATURE are judged by the rules on the signature just made. */
    private void confirmSignature(
            Implant implant,
            ReleaseEvaluation evaluation,
            Specification specification,
            ElectronicSignature signature) {
        var signed =
                new ReleaseSignature(
                        signature.signer().username(),
                        signature.printedName(),
                        signature.signedAt(),
                        signature.zoneId(),
                        org.implantdhr.rules.facts.SignatureMeaning.RELEASE,
                        true);
        Evaluation atSigning =
                EVALUATOR.evaluate(
                        assembler.assemble(
                                implant, evaluation.releaseDate(), specification, signed),
                        specification);
        List<Finding> refused =
                atSigning.findings().stream()
                        .filter(f -> ReleaseReadiness.judgedOnTheSignature(f.checkId()))
                        .filter(f -> f.outcome() != Outcome.PASS)
                        .toList();
        if (!refused.isEmpty() || !atSigning.releasable()) {
            throw new InvalidRequestException(
                    "signature",
                    refused.isEmpty()
                            ? "The record no longer passes the release rules: evaluate it again"
                            : refused.get(0).message());
        }
    }

    public DecisionRecord reject(String serialNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "A rejection needs a reason");
        }
        Implant implant = implants.get(serialNumber);
        em.lock(implant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        requireUndecided(implant);
        var decision =
                ReleaseDecision.rejected(
                        implant.id(),
                        records.latest(implant.id()).orElse(null),
                        reason.strip(),
                        currentUser.username(),
                        RecordingClock.now());
        persistDecision(decision, serialNumber);
        implants.moveTo(serialNumber, ImplantStatus.REJECTED, reason.strip());
        return records.of(decision, serialNumber, null);
    }

    /** The decision on the implant with the content it is bound to; 404 while it is undecided. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public DecisionRecord decision(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        ReleaseDecision decision =
                records.latestDecision(implant.id())
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Decision on implant", serialNumber));
        return records.of(decision, serialNumber, records.manifestationOf(decision));
    }

    private static void requireUndecided(Implant implant) {
        if (DECIDED.contains(implant.status())) {
            throw new ConflictingRecordException(
                    "Implant " + implant.serialNumber() + " is already " + implant.status());
        }
    }

    private void persistDecision(ReleaseDecision decision, String serialNumber) {
        try {
            em.persist(decision);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictingRecordException(
                    "Implant "
                            + serialNumber
                            + " was decided at the same moment by another request");
        }
        audit.created(decision);
    }
}
