package org.implantdhr.fhir.control;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.implantdhr.followup.entity.Visit;

/**
 * A visit's scores as Observations: Karnofsky (LOINC 89243-0, an integer), pain on the VAS (LOINC
 * 38214-3 with SNOMED CT 443394008, a quantity in the unit it was read in, exactly as recorded) and
 * the disease status (LOINC 97509-4). The protocol's "Watkins" instrument is not handed on until
 * the sponsor identifies it.
 */
public final class ObservationMapper {

    private ObservationMapper() {}

    /** The Observations of one visit, each with its own full URL. */
    public static List<Mapped> of(ImplantRecord r, Visit v) {
        var mapped = new ArrayList<Mapped>();
        if (v.karnofsky() != null) {
            Observation o = base(r, v, "survey", "Survey", "KPS");
            o.getCode()
                    .addCoding(
                            new Coding(
                                    FhirCodes.LOINC,
                                    FhirCodes.LOINC_KARNOFSKY,
                                    "Karnofsky Performance Status score"));
            o.setValue(new IntegerType(v.karnofsky()));
            mapped.add(new Mapped(id(r, v, "KPS"), o));
        }
        if (v.vasValue() != null && v.vasUnit() != null) {
            Observation o = base(r, v, "survey", "Survey", "VAS");
            o.getCode()
                    .addCoding(
                            new Coding(
                                    FhirCodes.LOINC,
                                    FhirCodes.LOINC_PAIN_VAS,
                                    "Pain severity [Score] Visual analog score"))
                    .addCoding(
                            new Coding(
                                    FhirCodes.SNOMED,
                                    FhirCodes.SNOMED_PAIN_VAS,
                                    "Visual analog scale pain score"));
            String unit = v.vasUnit().name().toLowerCase(java.util.Locale.ROOT);
            o.setValue(
                    new Quantity()
                            .setValue(v.vasValue())
                            .setUnit(unit)
                            .setSystem(FhirCodes.UCUM)
                            .setCode(unit));
            mapped.add(new Mapped(id(r, v, "VAS"), o));
        }
        if (v.diseaseStatus() != null) {
            Observation o = base(r, v, "exam", "Exam", "DISEASE-STATUS");
            o.getCode()
                    .addCoding(
                            new Coding(
                                    FhirCodes.LOINC,
                                    FhirCodes.LOINC_DISEASE_STATUS,
                                    "Cancer disease status"));
            if (v.diseaseStatusDate() != null) {
                o.setEffective(FhirTimes.day(v.diseaseStatusDate()));
            }
            String text =
                    v.diseaseStatus().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            o.setValue(
                    new CodeableConcept(
                                    new Coding(
                                            FhirCodes.DISEASE_STATUS,
                                            v.diseaseStatus().name(),
                                            text))
                            .setText(text));
            mapped.add(new Mapped(id(r, v, "DISEASE-STATUS"), o));
        }
        return mapped;
    }

    /** An Observation and the full URL it has in the Bundle. */
    public record Mapped(String fullUrl, Observation observation) {}

    private static Observation base(
            ImplantRecord r, Visit v, String category, String categoryDisplay, String score) {
        var o = new Observation();
        o.addIdentifier(
                new Identifier()
                        .setSystem(FhirCodes.VISIT)
                        .setValue(r.serial() + " " + v.visitCode() + " " + score));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(
                new CodeableConcept(
                        new Coding(FhirCodes.OBSERVATION_CATEGORY, category, categoryDisplay)));
        o.setSubject(new Reference(ResourceIds.patient(r)));
        o.setEffective(FhirTimes.day(v.visitDate()));
        o.setIssuedElement(
                new org.hl7.fhir.r4.model.InstantType(java.util.Date.from(v.createdAt())));
        return o;
    }

    private static String id(ImplantRecord r, Visit v, String score) {
        return ResourceIds.of("Observation", r.serial() + "/" + v.visitCode() + "/" + score);
    }
}
