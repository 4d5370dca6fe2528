package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The death of a patient who carries (or carried) an implant, whatever its recorded cause: whether
 * the device contributed is for the vigilance case to decide, not for the rules.
 */
public record Death(String reference, String implantSerial, LocalDate date) {

    public Death {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(implantSerial, "implantSerial");
    }
}
