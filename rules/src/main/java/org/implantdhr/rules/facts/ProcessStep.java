package org.implantdhr.rules.facts;

/**
 * The steps of the process in the order the specification requires (REC-CHRONOLOGY): each step no
 * earlier than every step of a lower rank; the build ends strictly after it starts. Steps of the
 * same rank (the design approvals) have no order among themselves.
 */
public enum ProcessStep {
    CT_SCAN(0, "scanned"),
    DESIGN_APPROVAL(1, "signed"),
    BUILD_START(2, "started"),
    BUILD_END(3, "ended"),
    HEAT_TREATMENT(4, "started"),
    SEPARATION(5, "separated"),
    MACHINING(6, "machined"),
    CLEANING(7, "cleaned"),
    DIMENSIONAL_INSPECTION(8, "inspected");

    private final int rank;
    private final String verb;

    ProcessStep(int rank, String verb) {
        this.rank = rank;
        this.verb = verb;
    }

    public int rank() {
        return rank;
    }

    /** How a finding says what happened at the step's time, e.g. "build B-7 ended …". */
    public String verb() {
        return verb;
    }

    /**
     * Whether {@code later} must lie strictly after this step (build end after build start), not
     * merely not before.
     */
    public boolean strictlyBefore(ProcessStep later) {
        return this == BUILD_START && later == BUILD_END;
    }
}
