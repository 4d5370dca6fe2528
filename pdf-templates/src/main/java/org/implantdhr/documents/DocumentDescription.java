package org.implantdhr.documents;

import java.time.ZonedDateTime;

/** What the Info dictionary and the XMP packet say about a document; both must say the same. */
record DocumentDescription(
        String title,
        String author,
        String subject,
        String templateVersion,
        ZonedDateTime created) {

    static final String PRODUCER = "Implant DHR pdf-templates with Apache PDFBox";

    String creator() {
        return "Implant DHR document template " + templateVersion;
    }
}
