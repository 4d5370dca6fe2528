package org.implantdhr.rules;

/** A check id that the specification defines; every one must end with at least one finding. */
public record SpecifiedCheck(String checkId, String description) {

    /**
     * Subject of the MISSING finding given to a check for which the record holds no subject at all.
     */
    public static final String NO_SUBJECT = "no subject in the record";
}
