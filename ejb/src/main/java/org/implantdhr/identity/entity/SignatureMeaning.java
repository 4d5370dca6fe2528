package org.implantdhr.identity.entity;

/** What a person means by an e-signature (21 CFR 11.50(a)(3)). */
public enum SignatureMeaning {
    APPROVAL,
    RELEASE,
    CONCESSION,
    REVOCATION,
    RECALL,
    /** A vigilance case's decision whether it is reportable, and under which deadline. */
    REPORTABILITY,
    /** QA's review of a group flagged by signal detection: what was concluded, and why. */
    SIGNAL_REVIEW
}
