package org.implantdhr.fhir.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.component.entity.PlateMaterial;
import org.implantdhr.fhir.conformance.R4Conformance;
import org.implantdhr.followup.entity.ActionTaken;
import org.implantdhr.followup.entity.Attribution;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.EventOutcome;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.followup.entity.SeriousCriterion;
import org.implantdhr.followup.entity.VasUnit;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.followup.entity.VisitFindings;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.implantation.entity.Operation;
import org.implantdhr.implantation.entity.SternumResection;
import org.junit.jupiter.api.Test;

/**
 * One implant's records mapped to a FHIR R4 Bundle, and the Bundle checked against the R4
 * definitions ({@link R4Conformance}); the check itself is shown to find what it should.
 */
class ImplantBundleTest {

    private static final Instant OPERATED = Instant.parse("2026-03-02T08:15:00Z");
    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    static ImplantRecord record(RegulatoryPathway pathway, String udiDi) {
        var implantCase =
                new ImplantCase("CASE-FHIR-1", 7L, "erin", OPERATED.minusSeconds(86400 * 60));
        implantCase.describe(
                "Universitätsklinikum Heidelberg",
                "PT-0042",
                pathway,
                LocalDate.parse("2026-03-02"),
                "Chest-wall implant CW-1",
                "CW-TI64-1",
                pathway == RegulatoryPathway.CUSTOM_MADE ? "RX-2026-17" : null);
        var implant =
                new Implant(
                        "SN-FHIR-0001", 1L, 2L, udiDi, "erin", OPERATED.minusSeconds(86400 * 30));
        var plate =
                new ComponentLot(
                        "Zeus Industrial Products",
                        "PTFE-SP-120",
                        "LOT-77",
                        PlateMaterial.PTFE,
                        LocalDate.parse("2028-01-31"),
                        false,
                        null,
                        "erin",
                        OPERATED.minusSeconds(86400 * 20));
        var implantation =
                new Implantation(
                        3L,
                        "SN-FHIR-0001",
                        1L,
                        "PT-0042",
                        "Universitätsklinikum Heidelberg",
                        7L,
                        new Operation(
                                OPERATED,
                                185,
                                4L,
                                3,
                                "right 4-6",
                                SternumResection.NONE,
                                new BigDecimal("120.5"),
                                new BigDecimal("95"),
                                LocalDate.parse("2026-03-01")),
                        "sam.surgeon",
                        OPERATED);
        var visit =
                new Visit(
                        9L,
                        3L,
                        "SN-FHIR-0001",
                        "M6",
                        new VisitFindings(
                                LocalDate.parse("2026-09-01"),
                                80,
                                new BigDecimal("35"),
                                VasUnit.MM,
                                "WATKINS",
                                "CW-FU-1.0",
                                new BigDecimal("2"),
                                DiseaseStatus.NO_EVIDENCE_OF_DISEASE,
                                LocalDate.parse("2026-09-01"),
                                null),
                        "sam.surgeon",
                        Instant.parse("2026-09-01T10:00:00Z"));
        var event =
                new org.implantdhr.followup.entity.AdverseEvent(
                        3L,
                        "SN-FHIR-0001",
                        null,
                        new EventReport(
                                "5.0",
                                "10022117",
                                "Injury, poisoning and procedural complications - Other, specify",
                                "Implant fracture",
                                3,
                                true,
                                SeriousCriterion.HOSPITALISATION,
                                LocalDate.parse("2026-09-20"),
                                null,
                                Attribution.PROBABLE,
                                Attribution.UNRELATED,
                                ActionTaken.REVISION,
                                EventOutcome.RECOVERING,
                                null),
                        "sam.surgeon",
                        Instant.parse("2026-09-21T09:00:00Z"));
        return new ImplantRecord(
                implant,
                implantCase,
                implantation,
                plate,
                new ImplantRecord.Surgeon("sam.surgeon", "Dr. Sam Surgeon"),
                "Implant DHR Demo Manufacturing GmbH (fictitious)",
                List.of(visit),
                List.of(event),
                Optional.empty());
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static String fullUrlOf(Bundle bundle, Resource resource) {
        return bundle.getEntry().stream()
                .filter(e -> e.getResource() == resource)
                .findFirst()
                .orElseThrow()
                .getFullUrl();
    }

    @Test
    void aCustomMadeImplantsBundleConformsToR4AndHasNoUdi() {
        ImplantRecord r = record(RegulatoryPathway.CUSTOM_MADE, null);
        Bundle bundle = ImplantBundle.of(r, NOW);
        String json = ImplantBundle.json(bundle);

        assertThat(R4Conformance.problemsOf(json)).isEmpty();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Device implant = all(bundle, Device.class).get(0);
        assertThat(implant.hasUdiCarrier()).isFalse();
        assertThat(implant.getSerialNumber()).isEqualTo("SN-FHIR-0001");
        assertThat(implant.getIdentifierFirstRep().getSystem()).isEqualTo(FhirCodes.SERIAL_NUMBER);
        assertThat(implant.getIdentifierFirstRep().getValue()).isEqualTo("SN-FHIR-0001");
        assertThat(implant.getStatus()).isEqualTo(Device.FHIRDeviceStatus.ACTIVE);
        Device plate = all(bundle, Device.class).get(1);
        assertThat(plate.getLotNumber()).isEqualTo("LOT-77");
        assertThat(plate.getParent().getReference()).isEqualTo(fullUrlOf(bundle, implant));

        // the patient by pseudonym only
        Patient patient = all(bundle, Patient.class).get(0);
        assertThat(patient.hasName()).isFalse();
        assertThat(patient.hasBirthDate()).isFalse();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("PT-0042");

        Procedure operation = all(bundle, Procedure.class).get(0);
        assertThat(operation.getFocalDeviceFirstRep().getAction().getCodingFirstRep().getCode())
                .isEqualTo("implanted");
        assertThat(operation.getFocalDeviceFirstRep().getManipulated().getReference())
                .isEqualTo(fullUrlOf(bundle, implant));
        assertThat(operation.getPerformedDateTimeType().getValueAsString())
                .isEqualTo("2026-03-02T08:15:00Z");
        assertThat(operation.getSubject().getReference()).isEqualTo(fullUrlOf(bundle, patient));
    }

    @Test
    void aVisitsScoresAreLoincObservationsWithTheVasExactlyInItsUnit() {
        Bundle bundle = ImplantBundle.of(record(RegulatoryPathway.CUSTOM_MADE, null), NOW);
        List<Observation> observations = all(bundle, Observation.class);
        assertThat(observations)
                .extracting(
                        o ->
                                o.getCode().getCodingFirstRep().getSystem()
                                        + " "
                                        + o.getCode().getCodingFirstRep().getCode())
                .containsExactly(
                        "http://loinc.org 89243-0",
                        "http://loinc.org 38214-3",
                        "http://loinc.org 97509-4");
        assertThat(((IntegerType) observations.get(0).getValue()).getValue()).isEqualTo(80);
        Quantity vas = (Quantity) observations.get(1).getValue();
        assertThat(vas.getValue()).isEqualByComparingTo("35");
        assertThat(vas.getCode()).isEqualTo("mm");
        assertThat(vas.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(observations.get(1).getCode().getCoding().get(1).getCode())
                .isEqualTo("443394008");
        assertThat(observations.get(2).getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("NO_EVIDENCE_OF_DISEASE");
        assertThat(observations)
                .allMatch(o -> o.getStatus() == Observation.ObservationStatus.FINAL);
    }

    @Test
    void anAdverseEventSuspectsTheDeviceWithItsCtcaeGradeAndTheProcedureApart() {
        Bundle bundle = ImplantBundle.of(record(RegulatoryPathway.CUSTOM_MADE, null), NOW);
        AdverseEvent event = all(bundle, AdverseEvent.class).get(0);
        Device implant = all(bundle, Device.class).get(0);
        Procedure operation = all(bundle, Procedure.class).get(0);

        assertThat(event.getEvent().getCodingFirstRep().getSystem()).isEqualTo(FhirCodes.MEDDRA);
        assertThat(event.getEvent().getCodingFirstRep().getCode()).isEqualTo("10022117");
        assertThat(event.getEvent().getText()).endsWith(": Implant fracture");
        assertThat(
                        ((IntegerType) event.getExtensionByUrl(FhirCodes.CTCAE_GRADE).getValue())
                                .getValue())
                .isEqualTo(3);
        assertThat(event.getSeverity().getCodingFirstRep().getCode()).isEqualTo("severe");
        assertThat(event.getSeriousness().getCodingFirstRep().getCode())
                .isEqualTo("SeriousResultsInHospitalization");
        assertThat(event.getOutcome().getCodingFirstRep().getCode()).isEqualTo("recovering");
        assertThat(event.getSuspectEntity().get(0).getInstance().getReference())
                .isEqualTo(fullUrlOf(bundle, implant));
        assertThat(
                        event.getSuspectEntity()
                                .get(0)
                                .getCausalityFirstRep()
                                .getAssessment()
                                .getCodingFirstRep()
                                .getCode())
                .isEqualTo("Probably-Likely");
        assertThat(event.getSuspectEntity().get(1).getInstance().getReference())
                .isEqualTo(fullUrlOf(bundle, operation));
        assertThat(event.getSuspectEntity().get(1).getCausalityFirstRep().getAssessment().getText())
                .isEqualTo("Unrelated");
        assertThat(event.getDateElement().getValueAsString()).isEqualTo("2026-09-20");
    }

    @Test
    void aPatientMatchedImplantCarriesItsUdiAndConforms() {
        ImplantRecord r = record(RegulatoryPathway.PATIENT_MATCHED, "(01)07612345678901");
        Bundle bundle = ImplantBundle.of(r, NOW);
        assertThat(R4Conformance.problemsOf(ImplantBundle.json(bundle))).isEmpty();
        Device implant = all(bundle, Device.class).get(0);
        assertThat(implant.getUdiCarrierFirstRep().getDeviceIdentifier())
                .isEqualTo("07612345678901");
        assertThat(implant.getUdiCarrierFirstRep().getIssuer()).isEqualTo(FhirCodes.GS1_DI);
        assertThat(implant.getUdiCarrierFirstRep().getCarrierHRF())
                .isEqualTo("(01)07612345678901(21)SN-FHIR-0001");
        assertThat(implant.getSerialNumber()).isEqualTo("SN-FHIR-0001");
    }

    @Test
    void theSameRecordGivesTheSameIdsInEveryBundle() {
        ImplantRecord r = record(RegulatoryPathway.CUSTOM_MADE, null);
        var first =
                ImplantBundle.of(r, NOW).getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList();
        var second =
                ImplantBundle.of(r, NOW.plusSeconds(60)).getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList();
        assertThat(first)
                .isEqualTo(second)
                .doesNotHaveDuplicates()
                .allMatch(u -> u.startsWith("urn:uuid:"));
    }

    @Test
    void everyOutcomeGradeSeriousnessAndAttributionMapsToR4Codes() {
        ImplantRecord base = record(RegulatoryPathway.CUSTOM_MADE, null);
        var events = new java.util.ArrayList<org.implantdhr.followup.entity.AdverseEvent>();
        EventReport template = base.events().get(0).report();
        EventOutcome[] outcomes = EventOutcome.values();
        SeriousCriterion[] criteria = SeriousCriterion.values();
        Attribution[] attributions = Attribution.values();
        for (int i = 0; i < 8; i++) {
            events.add(
                    new org.implantdhr.followup.entity.AdverseEvent(
                            3L,
                            "SN-FHIR-0001",
                            null,
                            new EventReport(
                                    "5.0",
                                    template.termCode(),
                                    template.termText(),
                                    template.specifyText(),
                                    1 + i % 5,
                                    i % 7 != 6,
                                    i % 7 == 6 ? null : criteria[i % criteria.length],
                                    LocalDate.parse("2026-09-20").plusDays(i),
                                    null,
                                    attributions[i % attributions.length],
                                    attributions[(i + 2) % attributions.length],
                                    ActionTaken.NONE,
                                    outcomes[i % outcomes.length],
                                    null),
                            "sam.surgeon",
                            Instant.parse("2026-10-01T09:00:00Z")));
        }
        var r =
                new ImplantRecord(
                        base.implant(),
                        base.implantCase(),
                        base.implantation(),
                        base.plateLot(),
                        base.surgeon(),
                        base.manufacturer(),
                        base.visits(),
                        events,
                        Optional.empty());
        Bundle bundle = ImplantBundle.of(r, NOW);
        assertThat(R4Conformance.problemsOf(ImplantBundle.json(bundle))).isEmpty();
        List<AdverseEvent> mapped = all(bundle, AdverseEvent.class);
        assertThat(mapped).hasSize(8);
        assertThat(mapped)
                .extracting(e -> e.getSeverity().getCodingFirstRep().getCode())
                .containsExactly(
                        "mild",
                        "moderate",
                        "severe",
                        "severe",
                        "severe",
                        "mild",
                        "moderate",
                        "severe");
        for (AdverseEvent e : mapped) {
            var seriousness = e.getSeriousness().getCodingFirstRep();
            assertThat(R4Conformance.defines(seriousness.getSystem(), seriousness.getCode()))
                    .as(seriousness.getCode())
                    .isTrue();
            for (var suspect : e.getSuspectEntity()) {
                var assessment = suspect.getCausalityFirstRep().getAssessment();
                assertThat(
                                assessment.hasCoding()
                                        ? R4Conformance.defines(
                                                assessment.getCodingFirstRep().getSystem(),
                                                assessment.getCodingFirstRep().getCode())
                                        : "Unrelated".equals(assessment.getText()))
                        .as(assessment.getText())
                        .isTrue();
            }
        }
    }
}
