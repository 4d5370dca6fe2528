package org.implantdhr.documents;

import java.time.ZonedDateTime;
import java.util.Objects;

/** 21 CFR 11.50: printed name, date and time of signing, and the meaning of the signature. */
public record SignatureManifestation(String printedName, ZonedDateTime signedAt, String meaning) {
    public SignatureManifestation {
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(meaning, "meaning");
    }
}
