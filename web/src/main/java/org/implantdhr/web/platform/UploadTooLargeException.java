package org.implantdhr.web.platform;

/** An upload over the configured limit; answered with 413 before the file is stored. */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException(long limit) {
        super("Uploads are limited to " + limit + " bytes");
    }
}
