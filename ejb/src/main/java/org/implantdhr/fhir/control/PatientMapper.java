package org.implantdhr.fhir.control;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * The patient as the study knows them: the pseudonym as the only identifier, never a name, birth
 * date or address. A Patient resource (rather than references by identifier alone) lets every
 * reference of the Bundle resolve inside it, as receivers and validators expect; the hospital
 * matches the pseudonym to its own patient through the study's key list.
 */
public final class PatientMapper {

    private PatientMapper() {}

    public static Patient map(ImplantRecord r) {
        var patient = new Patient();
        patient.addIdentifier(pseudonym(r.implantation().patientPseudonym()));
        return patient;
    }

    static Identifier pseudonym(String pseudonym) {
        return new Identifier()
                .setUse(Identifier.IdentifierUse.SECONDARY)
                .setSystem(FhirCodes.PATIENT_PSEUDONYM)
                .setValue(pseudonym);
    }
}
