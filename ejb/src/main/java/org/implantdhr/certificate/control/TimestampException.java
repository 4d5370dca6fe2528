package org.implantdhr.certificate.control;

/**
 * The timestamp authority could not be reached, refused the request, or answered something else.
 */
public class TimestampException extends RuntimeException {

    public TimestampException(String message) {
        super(message);
    }

    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
