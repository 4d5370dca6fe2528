package org.implantdhr.release.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.release.control.Readiness.State;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Evaluation;
import org.implantdhr.rules.Finding;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.RuleSetVersion;
import org.implantdhr.rules.Verdict;
import org.implantdhr.rules.specification.Comparison;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ReleaseReadinessTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    /**
     * An evaluation as the rules make it before any signature: the two signature checks MISSING.
     */
    private static ReleaseEvaluation evaluation(Outcome... others) {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("REC-FOUR-EYES", Outcome.MISSING));
        findings.add(finding("REC-SIGNATURE", Outcome.MISSING));
        for (int i = 0; i < others.length; i++) {
            findings.add(finding("CHK-" + i, others[i]));
        }
        var evaluation =
                new ReleaseEvaluation(
                        1L,
                        TODAY,
                        new Evaluation(
                                findings,
                                new Verdict(false),
                                "SPEC",
                                "1.0",
                                new RuleSetVersion("1", "a".repeat(64))),
                        "{}",
                        "b".repeat(64),
                        "c".repeat(64),
                        "erin",
                        Instant.now());
        long id = 1;
        for (ReleaseFinding f : evaluation.findings()) {
            setId(f, id++);
        }
        return evaluation;
    }

    private static Finding finding(String check, Outcome outcome) {
        return new Finding(
                check,
                "implant",
                outcome,
                "1",
                "2",
                Comparison.values()[0],
                "evidence",
                "sentence");
    }

    private static void setId(ReleaseFinding f, long id) {
        try {
            var field = ReleaseFinding.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(f, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static WarningAcknowledgement acknowledged(
            ReleaseEvaluation e, String check, String by) {
        ReleaseFinding f =
                e.findings().stream()
                        .filter(x -> x.checkId().equals(check))
                        .findFirst()
                        .orElseThrow();
        return new WarningAcknowledgement(f, "acceptable", by, Instant.now());
    }

    @Test
    void onlyTheSignatureChecksOpenIsReadyToSignAndShownAsAwaitingTheSignature() {
        var e = evaluation(Outcome.PASS, Outcome.PASS);

        Readiness r = ReleaseReadiness.judge(e, List.of(), "quinn", false);

        assertThat(r.state()).isEqualTo(State.READY_TO_SIGN);
        assertThat(r.readyToSign()).isTrue();
        assertThat(r.obstacles()).isEmpty();
        assertThat(e.verdict())
                .as("the stored verdict stays the rules'")
                .isEqualTo(org.implantdhr.release.entity.Verdict.NOT_RELEASABLE);
        assertThat(ReleaseReadiness.verdictShown(e))
                .isEqualTo(ReleaseReadiness.AWAITING_RELEASE_SIGNATURE);
    }

    @Test
    @Tag("ISO13485-8.2.6")
    void aFailOrAnotherMissingIsNotReleasable() {
        for (Outcome blocking : List.of(Outcome.FAIL, Outcome.MISSING)) {
            var e = evaluation(Outcome.PASS, blocking);

            Readiness r = ReleaseReadiness.judge(e, List.of(), "quinn", false);

            assertThat(r.state()).isEqualTo(State.NOT_RELEASABLE);
            assertThat(r.blocked()).isTrue();
            assertThat(r.obstacles()).containsExactly(blocking + " CHK-1 (implant)");
            assertThat(ReleaseReadiness.verdictShown(e)).isEqualTo("NOT_RELEASABLE");
        }
    }

    @Test
    void aWarningCountsOnlyWhenTheReleasingPersonAcknowledgedIt() {
        var e = evaluation(Outcome.WARN);

        assertThat(ReleaseReadiness.judge(e, List.of(), "quinn", false).state())
                .isEqualTo(State.WARNINGS_TO_ACKNOWLEDGE);
        var byMia = List.of(acknowledged(e, "CHK-0", "mia"));
        Readiness forQuinn = ReleaseReadiness.judge(e, byMia, "quinn", false);
        assertThat(forQuinn.state()).isEqualTo(State.WARNINGS_TO_ACKNOWLEDGE);
        assertThat(forQuinn.obstacles()).singleElement().asString().contains("acknowledged by mia");
        assertThat(ReleaseReadiness.judge(e, byMia, "mia", false).state())
                .isEqualTo(State.READY_TO_SIGN);
        assertThat(ReleaseReadiness.judge(e, byMia, null, false).state())
                .as("for nobody in particular")
                .isEqualTo(State.READY_TO_SIGN);
        assertThat(ReleaseReadiness.verdictShown(e))
                .isEqualTo(ReleaseReadiness.AWAITING_RELEASE_SIGNATURE);
    }

    @Test
    @Tag("CFR-11.10g")
    @Tag("ISO13485-8.2.6")
    void whoRecordedEvidenceMayNotReleaseWhateverTheFindings() {
        assertThat(
                        ReleaseReadiness.judge(evaluation(Outcome.PASS), List.of(), "olga", true)
                                .state())
                .isEqualTo(State.NOT_BY_YOU);
        assertThat(
                        ReleaseReadiness.judge(evaluation(Outcome.FAIL), List.of(), "olga", true)
                                .state())
                .as("refused first, as the release refuses it first")
                .isEqualTo(State.NOT_BY_YOU);
    }

    @Test
    @Tag("CFR-11.10f")
    void decidedAndOutdatedAreNotReadyAndSayWhy() {
        assertThat(ReleaseReadiness.decided(ImplantStatus.EVALUATED)).isNull();
        assertThat(ReleaseReadiness.decided(ImplantStatus.RELEASED).decided()).isTrue();
        assertThat(ReleaseReadiness.notEvaluated().needsEvaluation()).isTrue();
        Readiness old = ReleaseReadiness.outdated(evaluation(), TODAY.plusDays(1), false);
        assertThat(old.needsEvaluation()).isTrue();
        assertThat(old.obstacles()).singleElement().asString().contains("was made on " + TODAY);
        assertThat(ReleaseReadiness.outdated(evaluation(), TODAY, true).obstacles())
                .singleElement()
                .asString()
                .contains("has changed since it was made");
    }
}
