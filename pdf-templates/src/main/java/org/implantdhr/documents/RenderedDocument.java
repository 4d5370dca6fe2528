package org.implantdhr.documents;

import java.util.Arrays;
import java.util.Objects;

public record RenderedDocument(byte[] pdf, String templateVersion) {
    public RenderedDocument {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(templateVersion, "templateVersion");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument that
                && templateVersion.equals(that.templateVersion)
                && Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return 31 * templateVersion.hashCode() + Arrays.hashCode(pdf);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + templateVersion + ", " + pdf.length + " bytes]";
    }
}
