package org.implantdhr.validation;

/** What became of one test in the run the report is about. */
public enum TestResult {
    PASSED("passed"),
    FAILED("failed"),
    SKIPPED("skipped"),
    /** Known from an earlier run's evidence, but not executed by this build. */
    NOT_RUN("not run");

    private final String label;

    TestResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
