package org.implantdhr.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well-formed but cannot be accepted as it is (a missing reason, a wrong unit).
 * Answered with 422.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
