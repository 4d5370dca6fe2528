package org.implantdhr.certificate.control;

/** A document names the legal manufacturer, and this server was not told who that is. */
public class ManufacturerNotConfiguredException extends RuntimeException {

    public ManufacturerNotConfiguredException(String property) {
        super(
                property
                        + " is not configured: documents of a released implant name the legal manufacturer "
                        + "(set it as a server variable or the environment variable "
                        + property.toUpperCase().replace('.', '_').replace('-', '_')
                        + ")");
    }
}
