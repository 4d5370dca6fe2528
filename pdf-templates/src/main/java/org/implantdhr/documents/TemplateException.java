package org.implantdhr.documents;

/** A template that cannot be read or that names something the model does not have. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
