package org.implantdhr.documents;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The MDR Article 18 implant card. A missing implantation date or institution prints as a blank
 * field for the hospital to fill in.
 */
public record ImplantCardModel(
        ZonedDateTime issuedAt,
        Manufacturer manufacturer,
        DeviceIdentity device,
        String patientPseudonym,
        LocalDate implantationDate,
        String healthcareInstitution,
        String expectedLifetime,
        List<String> warnings) {
    public ImplantCardModel {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(patientPseudonym, "patientPseudonym");
        warnings = List.copyOf(warnings);
    }
}
