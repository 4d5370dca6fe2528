package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Objects;

/** An implant taken out of its patient (explant or revision), as the vigilance rules see it. */
public record Explant(String reference, String implantSerial, LocalDate date, String reason) {

    public Explant {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(implantSerial, "implantSerial");
    }
}
