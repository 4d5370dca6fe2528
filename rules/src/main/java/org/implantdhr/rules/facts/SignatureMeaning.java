package org.implantdhr.rules.facts;

/** The meaning of an electronic signature (21 CFR 11.50). */
public enum SignatureMeaning {
    AUTHORSHIP,
    REVIEW,
    APPROVAL,
    RELEASE
}
