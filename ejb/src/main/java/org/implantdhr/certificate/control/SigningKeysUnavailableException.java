package org.implantdhr.certificate.control;

/** The configured signing key cannot be loaded or used; the message never contains a password. */
public class SigningKeysUnavailableException extends RuntimeException {

    public SigningKeysUnavailableException(String message) {
        super(message);
    }

    public SigningKeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
