package org.implantdhr.followup.entity;

/**
 * How related an adverse event is judged to be, to the device or to the procedure (kept apart): the
 * 5-point relatedness scale trials use.
 */
public enum Attribution {
    UNRELATED,
    UNLIKELY,
    POSSIBLE,
    PROBABLE,
    DEFINITE;

    /** Possible, probable or definite: counted as related in the study's tables. */
    public boolean related() {
        return compareTo(POSSIBLE) >= 0;
    }
}
