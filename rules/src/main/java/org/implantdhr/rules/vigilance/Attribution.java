package org.implantdhr.rules.vigilance;

/**
 * How strongly an adverse event is attributed to the device (or, separately, to the procedure), on
 * the five-step scale of clinical studies, weakest first.
 */
public enum Attribution {
    UNRELATED,
    UNLIKELY,
    POSSIBLE,
    PROBABLE,
    DEFINITE;

    /** Whether this attribution is {@code minimum} or stronger. */
    public boolean atLeast(Attribution minimum) {
        return compareTo(minimum) >= 0;
    }
}
