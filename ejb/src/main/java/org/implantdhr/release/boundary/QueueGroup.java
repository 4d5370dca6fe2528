package org.implantdhr.release.boundary;

/**
 * The groups of the QA work queue, in the order an implant goes through them. Every undecided
 * implant is in exactly one of the first four; each group says what comes next for its implants.
 */
public enum QueueGroup {
    /**
     * Not evaluated today, and some evidence the release needs is not recorded yet (the row names
     * it).
     */
    AWAITING_EVIDENCE,
    /** Every piece of evidence recorded, not evaluated today: QA evaluates. */
    READY_TO_EVALUATE,
    /** Evaluated today, nothing blocks: QA acknowledges the warnings and signs the release. */
    READY_TO_SIGN,
    /**
     * An open nonconformance report, or FAIL/MISSING findings today: the report comes first, no
     * release.
     */
    BLOCKED,
    /** Released: the certificate. */
    RELEASED
}
