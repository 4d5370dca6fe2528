package org.implantdhr.rules.facts;

/** Life-cycle state of a nonconformance. */
public enum NonconformanceStatus {
    OPEN,
    CLOSED
}
