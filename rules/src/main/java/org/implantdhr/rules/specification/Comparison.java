package org.implantdhr.rules.specification;

/** How an observed value is compared with a limit (release spec, "How a value is compared"). */
public enum Comparison {
    /** The observed value is compared as reported. */
    ABSOLUTE,
    /** The observed value is first rounded half-even to the limit's decimal places. */
    ROUNDED
}
