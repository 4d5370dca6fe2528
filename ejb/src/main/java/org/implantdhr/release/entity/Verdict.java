package org.implantdhr.release.entity;

/** What the rules concluded: RELEASABLE only when no finding is FAIL or MISSING. */
public enum Verdict {
    RELEASABLE,
    NOT_RELEASABLE
}
