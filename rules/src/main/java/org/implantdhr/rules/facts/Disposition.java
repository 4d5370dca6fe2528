package org.implantdhr.rules.facts;

/** Disposition of a nonconformance. */
public enum Disposition {
    USE_AS_IS,
    REWORK,
    SCRAP,
    RETURN_TO_SUPPLIER
}
