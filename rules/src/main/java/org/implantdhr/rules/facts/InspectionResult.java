package org.implantdhr.rules.facts;

/** Result of a visual inspection. */
public enum InspectionResult {
    PASS,
    FAIL
}
