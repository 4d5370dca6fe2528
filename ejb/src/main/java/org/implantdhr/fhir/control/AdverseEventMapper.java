package org.implantdhr.fhir.control;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.implantdhr.followup.entity.Attribution;
import org.implantdhr.followup.entity.EventReport;

/**
 * An adverse event as an R4 AdverseEvent: the CTCAE term by its MedDRA code, the CTCAE grade in the
 * CTC AE guide's extension (R4's {@code severity} only knows mild, moderate and severe, so the
 * grade is also given there: 1 mild, 2 moderate, 3 and above severe), seriousness by its ICH
 * criterion, the outcome, and two suspect entities kept apart as in the record: the device with its
 * attribution, and the implantation procedure with its own.
 */
public final class AdverseEventMapper {

    private AdverseEventMapper() {}

    public static String fullUrl(ImplantRecord r, org.implantdhr.followup.entity.AdverseEvent e) {
        return ResourceIds.of("AdverseEvent", r.serial() + "/" + key(e));
    }

    public static AdverseEvent map(
            ImplantRecord r, org.implantdhr.followup.entity.AdverseEvent recorded) {
        EventReport e = recorded.report();
        var event = new AdverseEvent();
        event.setIdentifier(
                new Identifier()
                        .setSystem(FhirCodes.ADVERSE_EVENT)
                        .setValue(r.serial() + " " + key(recorded)));
        event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        event.addExtension(FhirCodes.CTCAE_GRADE, new IntegerType(e.grade()));
        event.setEvent(
                new CodeableConcept(new Coding(FhirCodes.MEDDRA, e.termCode(), e.termText()))
                        .setText(
                                e.specifyText() == null || e.specifyText().isBlank()
                                        ? e.termText()
                                        : e.termText() + ": " + e.specifyText()));
        event.setSubject(new Reference(ResourceIds.patient(r)));
        event.setDateElement(FhirTimes.day(e.onsetDate()));
        event.setRecordedDateElement(FhirTimes.moment(recorded.createdAt()));
        event.setSeriousness(seriousness(e));
        event.setSeverity(severity(e.grade()));
        event.setOutcome(outcome(e));
        AdverseEvent.AdverseEventSuspectEntityComponent device =
                event.addSuspectEntity().setInstance(new Reference(ResourceIds.device(r)));
        device.addCausality()
                .setAssessment(causality(e.deviceAttribution()))
                .setProductRelatedness(e.deviceAttribution().name());
        AdverseEvent.AdverseEventSuspectEntityComponent procedure =
                event.addSuspectEntity().setInstance(new Reference(ResourceIds.implantation(r)));
        procedure
                .addCausality()
                .setAssessment(causality(e.procedureAttribution()))
                .setProductRelatedness(e.procedureAttribution().name());
        return event;
    }

    /** R4's three severities from the CTCAE grade (the grade itself is in the extension). */
    static CodeableConcept severity(int grade) {
        String code = grade <= 1 ? "mild" : grade == 2 ? "moderate" : "severe";
        String display = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        return new CodeableConcept(new Coding(FhirCodes.AE_SEVERITY, code, display));
    }

    static CodeableConcept seriousness(EventReport e) {
        if (!e.serious()) {
            return coded(FhirCodes.AE_SERIOUSNESS, "Non-serious", "Non-serious");
        }
        if (e.seriousCriterion() == null) {
            return coded(FhirCodes.AE_SERIOUSNESS, "Serious", "Serious");
        }
        return switch (e.seriousCriterion()) {
            case DEATH ->
                    coded(FhirCodes.AE_SERIOUSNESS, "SeriousResultsInDeath", "Results in death");
            case LIFE_THREATENING ->
                    coded(
                            FhirCodes.AE_SERIOUSNESS,
                            "SeriousIsLifeThreatening",
                            "Is Life-threatening");
            case HOSPITALISATION ->
                    coded(
                            FhirCodes.AE_SERIOUSNESS,
                            "SeriousResultsInHospitalization",
                            "Requires or prolongs inpatient hospitalization");
            case DISABILITY ->
                    coded(
                            FhirCodes.AE_SERIOUSNESS,
                            "SeriousResultsInDisability",
                            "Results in persistent or significant disability/incapacity");
            case CONGENITAL_ANOMALY ->
                    coded(
                            FhirCodes.AE_SERIOUSNESS,
                            "SeriousIsBirthDefect",
                            "Is a congenital anomaly/birth defect");
            // "medically important" has no code of its own: serious, with the reason as text
            case MEDICALLY_IMPORTANT ->
                    coded(FhirCodes.AE_SERIOUSNESS, "Serious", "Serious")
                            .setText("Serious: medically important event");
        };
    }

    static CodeableConcept outcome(EventReport e) {
        return switch (e.outcome()) {
            case RECOVERED -> coded(FhirCodes.AE_OUTCOME, "resolved", "Resolved");
            case RECOVERING -> coded(FhirCodes.AE_OUTCOME, "recovering", "Recovering");
            case NOT_RECOVERED -> coded(FhirCodes.AE_OUTCOME, "ongoing", "Ongoing");
            case RECOVERED_WITH_SEQUELAE ->
                    coded(FhirCodes.AE_OUTCOME, "resolvedWithSequelae", "Resolved with Sequelae");
            case FATAL -> coded(FhirCodes.AE_OUTCOME, "fatal", "Fatal");
            case UNKNOWN -> coded(FhirCodes.AE_OUTCOME, "unknown", "Unknown");
        };
    }

    /**
     * The study's five-point attribution on the WHO-UMC causality codes; "unrelated" has no code
     * there and is given as text only.
     */
    static CodeableConcept causality(Attribution a) {
        return switch (a) {
            case DEFINITE -> coded(FhirCodes.AE_CAUSALITY, "Certain", "Certain");
            case PROBABLE -> coded(FhirCodes.AE_CAUSALITY, "Probably-Likely", "Probably/Likely");
            case POSSIBLE -> coded(FhirCodes.AE_CAUSALITY, "Possible", "Possible");
            case UNLIKELY -> coded(FhirCodes.AE_CAUSALITY, "Unlikely", "Unlikely");
            case UNRELATED -> new CodeableConcept().setText("Unrelated");
        };
    }

    private static CodeableConcept coded(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static String key(org.implantdhr.followup.entity.AdverseEvent e) {
        return e.id() == null ? e.termCode() + "@" + e.onsetDate() : String.valueOf(e.id());
    }
}
