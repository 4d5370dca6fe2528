package org.implantdhr.web.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.FindingRecord;
import org.implantdhr.release.entity.Verdict;
import org.implantdhr.rules.Outcome;
import org.junit.jupiter.api.Test;

class ReleaseFindingsTest {

    @Test
    void theChecksOfTheReleaseSignatureAreNoObstacleButOtherMissingFindingsBlock() {
        var findings =
                ReleaseFindings.of(
                        evaluation(
                                finding(1, "HT-SOAK", Outcome.PASS),
                                finding(2, "REC-SIGNATURE", Outcome.MISSING),
                                finding(3, "REC-FOUR-EYES", Outcome.MISSING),
                                finding(4, "INS-REPORT", Outcome.MISSING),
                                finding(5, "DES-MASS", Outcome.FAIL),
                                finding(6, "PWD-REUSE", Outcome.WARN)));

        assertThat(findings.blocking())
                .extracting(FindingRecord::checkId)
                .containsExactly("DES-MASS", "INS-REPORT");
        assertThat(findings.awaitingTheSignature())
                .extracting(FindingRecord::checkId)
                .containsExactly("REC-SIGNATURE", "REC-FOUR-EYES");
        assertThat(findings.warnings())
                .extracting(FindingRecord::checkId)
                .containsExactly("PWD-REUSE");
        assertThat(findings.passed()).extracting(FindingRecord::checkId).containsExactly("HT-SOAK");
        assertThat(findings.count(Outcome.MISSING))
                .as("the signature's checks are not counted")
                .isEqualTo(1);
        assertThat(findings.count(Outcome.FAIL)).isEqualTo(1);
        assertThat(findings.hasExceptions()).isTrue();
    }

    @Test
    void anEvaluationAwaitingOnlyTheSignatureHasNoExceptions() {
        var findings =
                ReleaseFindings.of(
                        evaluation(
                                finding(1, "HT-SOAK", Outcome.PASS),
                                finding(2, "REC-SIGNATURE", Outcome.MISSING)));

        assertThat(findings.hasExceptions()).isFalse();
        assertThat(ReleaseFindings.of(null)).isEqualTo(ReleaseFindings.NONE);
    }

    private static FindingRecord finding(int seq, String checkId, Outcome outcome) {
        return new FindingRecord(
                seq, seq, checkId, "implant", outcome, null, null, "ABSOLUTE", "", checkId, null);
    }

    private static EvaluationRecord evaluation(FindingRecord... findings) {
        return new EvaluationRecord(
                1,
                "CW-1",
                Instant.EPOCH,
                "quinn.qa",
                LocalDate.EPOCH,
                "TI64-ELI-CW",
                "1.0",
                "1",
                "00",
                "00",
                Verdict.NOT_RELEASABLE,
                Verdict.NOT_RELEASABLE.name(),
                List.of(findings));
    }
}
