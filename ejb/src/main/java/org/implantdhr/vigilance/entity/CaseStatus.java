package org.implantdhr.vigilance.entity;

/** Where a vigilance case stands: opened by the rules, then triaged by a QA manager. */
public enum CaseStatus {
    /** Opened; no reporting deadline chosen yet: the clock runs from the awareness date. */
    OPEN,
    /** A QA manager chose the deadline that applies. */
    TRIAGED
}
