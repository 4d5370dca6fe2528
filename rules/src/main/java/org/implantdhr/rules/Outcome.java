package org.implantdhr.rules;

/** Outcome of one check for one subject. */
public enum Outcome {
    PASS,
    FAIL,
    /** The evidence needed for the check is absent. Blocks release like FAIL. */
    MISSING,
    /** Passes, but the releasing QA person must acknowledge it. */
    WARN;

    public boolean blocksRelease() {
        return this == FAIL || this == MISSING;
    }
}
