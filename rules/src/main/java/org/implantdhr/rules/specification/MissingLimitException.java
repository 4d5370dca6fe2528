package org.implantdhr.rules.specification;

/** A derived measure or check needs a limit that the specification does not define. */
public class MissingLimitException extends RuntimeException {
    public MissingLimitException(String code, String version, String checkId, String parameter) {
        super(
                "Specification "
                        + code
                        + " "
                        + version
                        + " has no limit "
                        + checkId
                        + "/"
                        + parameter);
    }
}
