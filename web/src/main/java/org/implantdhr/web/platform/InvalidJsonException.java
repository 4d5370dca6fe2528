package org.implantdhr.web.platform;

import java.util.List;

/**
 * A JSON body whose values do not fit the fields they are meant for; answered with 422 listing each
 * field.
 */
public class InvalidJsonException extends RuntimeException {

    private final transient List<Problem.Error> errors;

    public InvalidJsonException(List<Problem.Error> errors) {
        super(errors.size() + " value(s) do not fit their fields; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.Error> errors() {
        return errors;
    }
}
