package org.implantdhr.casefile.entity;

import java.util.Arrays;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * How the device reaches the patient: made to a prescription (MDR Art. 52(8), Annex XIII) or
 * matched to the patient within a cleared design envelope (FDA patient-matched, with a UDI).
 */
public enum RegulatoryPathway {
    CUSTOM_MADE,
    PATIENT_MATCHED;

    public static RegulatoryPathway named(String name, String field) {
        return Arrays.stream(values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field,
                                        "'"
                                                + name
                                                + "' is not a regulatory pathway; use "
                                                + Arrays.toString(values())));
    }
}
