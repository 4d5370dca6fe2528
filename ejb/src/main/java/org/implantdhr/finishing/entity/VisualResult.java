package org.implantdhr.finishing.entity;

/**
 * The outcome of a visual inspection: no remaining supports, cracks, broken struts or visible
 * residue.
 */
public enum VisualResult {
    PASS,
    FAIL
}
