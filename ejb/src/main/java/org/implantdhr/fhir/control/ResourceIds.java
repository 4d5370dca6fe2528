package org.implantdhr.fhir.control;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The full URL of each resource in a Bundle: a name-based UUID of the record it comes from, so that
 * the same record has the same id in every Bundle made of it (a receiving system can recognise an
 * update) and nothing of the database leaks into it.
 */
public final class ResourceIds {

    private ResourceIds() {}

    public static String of(String kind, String key) {
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(
                        ("implantdhr/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static String patient(ImplantRecord r) {
        return of("Patient", r.implantation().patientPseudonym());
    }

    public static String device(ImplantRecord r) {
        return of("Device", r.serial());
    }

    public static String plate(ImplantRecord r) {
        return of("Device/plate", r.serial());
    }

    public static String implantation(ImplantRecord r) {
        return of("Procedure/implantation", r.serial());
    }

    public static String explantation(ImplantRecord r) {
        return of("Procedure/explantation", r.serial());
    }
}
