package org.implantdhr.rules.facts;

/** What a powder batch loaded into the machine consists of. */
public enum PowderBatchType {
    VIRGIN,
    USED,
    BLEND
}
