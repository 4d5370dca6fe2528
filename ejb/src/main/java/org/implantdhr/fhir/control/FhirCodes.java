package org.implantdhr.fhir.control;

/**
 * The code systems and identifier systems the FHIR hand-off writes, in one place. Terminologies are
 * named by their canonical URIs (LOINC, SNOMED CT, UCUM, MedDRA as HL7 names it, the R4 code
 * systems of AdverseEvent and Device); identifiers that only this installation issues (serials,
 * pseudonyms, user names, record ids) are in systems under {@code urn:implantdhr:} until the
 * manufacturer registers an OID for them.
 */
public final class FhirCodes {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String UCUM = "http://unitsofmeasure.org";

    /** CTCAE 5.0 terms are MedDRA lowest level terms: their code is the MedDRA code. */
    public static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr";

    public static final String GS1_DI = "http://hl7.org/fhir/NamingSystem/gs1-di";
    public static final String DEVICE_ACTION = "http://hl7.org/fhir/device-action";
    public static final String OBSERVATION_CATEGORY =
            "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String AE_SEVERITY =
            "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    public static final String AE_OUTCOME =
            "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";
    public static final String AE_SERIOUSNESS =
            "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    public static final String AE_CAUSALITY =
            "http://terminology.hl7.org/CodeSystem/adverse-event-causality-assess";

    /**
     * The CTCAE grade (0-5) of an AdverseEvent: the HL7 CTC AE implementation guide's extension.
     */
    public static final String CTCAE_GRADE =
            "http://hl7.org/fhir/us/ctcae/StructureDefinition/ctcae-grade";

    /** Karnofsky Performance Status score (mCODE). */
    public static final String LOINC_KARNOFSKY = "89243-0";

    /** Pain severity [Score] Visual analog score. */
    public static final String LOINC_PAIN_VAS = "38214-3";

    /** Visual analog scale pain score, beside the LOINC code. */
    public static final String SNOMED_PAIN_VAS = "443394008";

    /** Cancer disease status (mCODE). */
    public static final String LOINC_DISEASE_STATUS = "97509-4";

    /**
     * The study's own disease-status answers (no evidence of disease, local or distant recurrence,
     * death): the protocol's categories, not yet mapped to SNOMED CT answers.
     */
    public static final String DISEASE_STATUS = "urn:implantdhr:disease-status";

    public static final String SERIAL_NUMBER = "urn:implantdhr:serial-number";
    public static final String PATIENT_PSEUDONYM = "urn:implantdhr:patient-pseudonym";
    public static final String USER = "urn:implantdhr:user";
    public static final String CASE_NUMBER = "urn:implantdhr:case-number";
    public static final String VISIT = "urn:implantdhr:follow-up-visit";
    public static final String ADVERSE_EVENT = "urn:implantdhr:adverse-event";
    public static final String PLATE_LOT = "urn:implantdhr:component-lot";

    private FhirCodes() {}
}
