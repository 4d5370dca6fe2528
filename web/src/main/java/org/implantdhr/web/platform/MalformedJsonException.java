package org.implantdhr.web.platform;

/**
 * A body that is not JSON at all; answered with 400 naming the line and column where reading
 * stopped.
 */
public class MalformedJsonException extends RuntimeException {

    private final String location;

    public MalformedJsonException(String location, String message) {
        super(message);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
