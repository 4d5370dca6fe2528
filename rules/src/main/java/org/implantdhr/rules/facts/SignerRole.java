package org.implantdhr.rules.facts;

/** The capacity in which a person signed. */
public enum SignerRole {
    DESIGN_ENGINEER,
    PRESCRIBING_SURGEON,
    QA,
    QA_MANAGER
}
