package org.implantdhr.rules.facts;

/** The atmosphere of a heat-treatment run. */
public enum FurnaceAtmosphere {
    VACUUM,
    ARGON
}
