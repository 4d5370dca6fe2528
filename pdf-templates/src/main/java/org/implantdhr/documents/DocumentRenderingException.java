package org.implantdhr.documents;

/** PDFBox failed to write the document; the model and template were fine. */
public class DocumentRenderingException extends RuntimeException {
    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
