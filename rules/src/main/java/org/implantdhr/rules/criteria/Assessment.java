package org.implantdhr.rules.criteria;

import java.util.List;

/**
 * The answer to a yes/no criterion: {@code satisfied} null when the evidence to decide is absent;
 * {@code measured} what was found; {@code detail} why, for the QA person.
 */
public record Assessment(Boolean satisfied, String measured, String detail) {

    public static Assessment met(String measured) {
        return new Assessment(true, measured, "");
    }

    public static Assessment notMet(String measured, String detail) {
        return new Assessment(false, measured, detail);
    }

    public static Assessment undecidable(String detail) {
        return new Assessment(null, "not recorded", detail);
    }

    /** Met when there are no problems; absent evidence is reported before problems. */
    public static Assessment of(List<String> absent, List<String> problems, String measured) {
        if (!absent.isEmpty()) {
            return undecidable(String.join("; ", absent));
        }
        return problems.isEmpty() ? met(measured) : notMet(measured, String.join("; ", problems));
    }

    public static Assessment is(Boolean condition, String measured, String failure, String absent) {
        if (condition == null) {
            return undecidable(absent);
        }
        return condition ? met(measured) : notMet(measured, failure);
    }
}
