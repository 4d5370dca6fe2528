package org.implantdhr.validation;

/** A requirement's standing in one run. */
public enum RequirementStatus {
    /** At least one of its tests passed and none failed. */
    PASSED,
    /** At least one of its tests failed. */
    FAILED,
    /** No test of it passed (none is tagged, or they were skipped or not run): never hidden. */
    GAP
}
