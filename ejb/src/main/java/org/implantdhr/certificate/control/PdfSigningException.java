package org.implantdhr.certificate.control;

/** A PDF could not be signed: unreadable input, unusable key or a failing signature step. */
public class PdfSigningException extends RuntimeException {

    public PdfSigningException(String message) {
        super(message);
    }

    public PdfSigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
