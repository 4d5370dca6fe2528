package org.implantdhr.release.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.release.control.Readiness.State;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.Verdict;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Outcome;

/**
 * The one place that says whether an implant may be released, and if not why: the release refuses
 * by it, and the API, the queue and the pages show it. FAIL or MISSING findings block; each WARN
 * needs an acknowledgement by the releasing person; the releasing person must have recorded none of
 * the evidence. The checks of the release signature itself (REC-FOUR-EYES, REC-SIGNATURE) are
 * MISSING until there is a signature: they are judged on the signature when it is made, so before
 * it they are what "awaiting the release signature" means, not an obstacle.
 */
public final class ReleaseReadiness {

    /**
     * Judged by the rules on the release signature itself, so MISSING in every evaluation made
     * before it.
     */
    public static final Set<String> JUDGED_ON_THE_SIGNATURE =
            Set.of("REC-FOUR-EYES", "REC-SIGNATURE");

    /**
     * What an evaluation shows instead of its stored verdict while only the release signature is
     * missing.
     */
    public static final String AWAITING_RELEASE_SIGNATURE = "AWAITING_RELEASE_SIGNATURE";

    private static final int SHOWN = 10;

    private ReleaseReadiness() {}

    public static boolean judgedOnTheSignature(String checkId) {
        return JUDGED_ON_THE_SIGNATURE.contains(checkId);
    }

    /** A FAIL, or a MISSING that a signature would not settle. */
    public static boolean blocks(String checkId, Outcome outcome) {
        return outcome.blocksRelease()
                && !(outcome == Outcome.MISSING && judgedOnTheSignature(checkId));
    }

    /**
     * The verdict to show for an evaluation: its stored verdict, except that an evaluation whose
     * only open checks are those judged on the signature shows {@value #AWAITING_RELEASE_SIGNATURE}
     * instead of NOT_RELEASABLE.
     */
    public static String verdictShown(ReleaseEvaluation evaluation) {
        if (evaluation.verdict() == Verdict.RELEASABLE) {
            return Verdict.RELEASABLE.name();
        }
        boolean blocked =
                evaluation.findings().stream().anyMatch(f -> blocks(f.checkId(), f.outcome()));
        return blocked ? Verdict.NOT_RELEASABLE.name() : AWAITING_RELEASE_SIGNATURE;
    }

    /**
     * For an implant QA has decided on (released, rejected, recalled); null for one that is
     * undecided.
     */
    public static Readiness decided(ImplantStatus status) {
        return switch (status) {
            case RELEASED ->
                    new Readiness(
                            State.RELEASED,
                            State.RELEASED.label(),
                            List.of("It is released already"));
            case IMPLANTED, EXPLANTED ->
                    new Readiness(
                            State.RELEASED,
                            State.RELEASED.label(),
                            List.of("It is released already, and " + status.name().toLowerCase()));
            case REJECTED ->
                    new Readiness(
                            State.REJECTED, State.REJECTED.label(), List.of("It is rejected"));
            case RECALLED ->
                    new Readiness(
                            State.RECALLED, State.RECALLED.label(), List.of("It is recalled"));
            default -> null;
        };
    }

    public static Readiness notEvaluated() {
        return new Readiness(
                State.NOT_EVALUATED,
                State.NOT_EVALUATED.label(),
                List.of("It has no evaluation: evaluate it first"));
    }

    /**
     * An evaluation of an earlier day, or one whose evidence has changed since: a release needs a
     * new one.
     */
    public static Readiness outdated(
            ReleaseEvaluation evaluation, LocalDate today, boolean evidenceChanged) {
        String why =
                !evaluation.releaseDate().equals(today)
                        ? "Evaluation "
                                + evaluation.id()
                                + " was made on "
                                + evaluation.releaseDate()
                                + ": evaluate the implant again today"
                        : "The evidence behind evaluation "
                                + evaluation.id()
                                + " has changed since it was made: "
                                + "evaluate the implant again";
        return new Readiness(State.OUTDATED, State.OUTDATED.label(), List.of(why));
    }

    public static boolean isOfToday(ReleaseEvaluation evaluation, LocalDate today) {
        return evaluation.releaseDate().equals(today);
    }

    /**
     * Judges a current evaluation (of today, its evidence unchanged) for a person.
     *
     * @param person who would sign; null to judge for nobody in particular (an acknowledgement by
     *     anyone counts, four eyes are not judged)
     * @param personRecordedEvidence the person recorded some of the implant's production or
     *     inspection data
     */
    public static Readiness judge(
            ReleaseEvaluation evaluation,
            List<WarningAcknowledgement> acknowledgements,
            String person,
            boolean personRecordedEvidence) {
        Map<Long, WarningAcknowledgement> byFinding =
                acknowledgements.stream()
                        .collect(Collectors.toMap(a -> a.finding().id(), Function.identity()));
        List<String> blocking = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ReleaseFinding f : evaluation.findings()) {
            if (blocks(f.checkId(), f.outcome())) {
                blocking.add(f.outcome() + " " + f.checkId() + " (" + f.subject() + ")");
            } else if (f.outcome() == Outcome.WARN) {
                WarningAcknowledgement a = byFinding.get(f.id());
                if (a == null) {
                    warnings.add("WARN " + f.checkId() + " (" + f.subject() + ") not acknowledged");
                } else if (person != null && !a.createdBy().equals(person)) {
                    warnings.add(
                            "WARN "
                                    + f.checkId()
                                    + " ("
                                    + f.subject()
                                    + ") acknowledged by "
                                    + a.createdBy()
                                    + ", not by the releasing person");
                }
            }
        }
        // first, as the release refuses it first (403): whatever the findings, this person may not
        // sign
        if (person != null && personRecordedEvidence) {
            String why =
                    "Four eyes: "
                            + person
                            + " recorded production or inspection data of this implant and may "
                            + "not release it";
            return new Readiness(
                    State.NOT_BY_YOU, State.NOT_BY_YOU.label() + ". " + why, List.of(why));
        }
        if (!blocking.isEmpty()) {
            List<String> all = new ArrayList<>(blocking);
            all.addAll(warnings);
            return new Readiness(
                    State.NOT_RELEASABLE, State.NOT_RELEASABLE.label() + ": " + describe(all), all);
        }
        if (!warnings.isEmpty()) {
            return new Readiness(
                    State.WARNINGS_TO_ACKNOWLEDGE,
                    State.WARNINGS_TO_ACKNOWLEDGE.label() + ": " + describe(warnings),
                    warnings);
        }
        return new Readiness(State.READY_TO_SIGN, State.READY_TO_SIGN.label(), List.of());
    }

    public static String describe(List<String> obstacles) {
        String shown = obstacles.stream().limit(SHOWN).collect(Collectors.joining("; "));
        return obstacles.size()
                + " finding(s) prevent the release: "
                + shown
                + (obstacles.size() > SHOWN ? "; and " + (obstacles.size() - SHOWN) + " more" : "");
    }
}
