package org.implantdhr.validation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A requirement with the tests that name it and, from their results, its status; {@code namedIn}:
 * the test classes whose source names it, to say where the tests are when none of them ran.
 */
public record TracedRequirement(
        Requirement requirement, List<TestEvidence> tests, Set<String> namedIn) {

    public TracedRequirement {
        tests = List.copyOf(tests);
        namedIn = Set.copyOf(namedIn);
    }

    public RequirementStatus status() {
        if (count(TestResult.FAILED) > 0) {
            return RequirementStatus.FAILED;
        }
        return count(TestResult.PASSED) > 0 ? RequirementStatus.PASSED : RequirementStatus.GAP;
    }

    public long count(TestResult result) {
        return tests.stream().filter(t -> t.result() == result).count();
    }

    /** Why a gap is a gap, then the requirement's own note. */
    public String note() {
        String why =
                status() != RequirementStatus.GAP
                        ? ""
                        : tests.isEmpty()
                                ? "no test naming it ran in this build"
                                        + (namedIn.isEmpty()
                                                ? ""
                                                : " (tagged in "
                                                        + String.join(", ", new TreeSet<>(namedIn))
                                                        + ")")
                                : "no test of it passed in this run ("
                                        + count(TestResult.SKIPPED)
                                        + " skipped, "
                                        + count(TestResult.NOT_RUN)
                                        + " not run)";
        String own = requirement.note();
        return why.isEmpty() ? own : own.isEmpty() ? why : why + "; " + own;
    }
}
