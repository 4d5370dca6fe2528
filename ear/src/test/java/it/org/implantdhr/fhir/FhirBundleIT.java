package it.org.implantdhr.fhir;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.implantdhr.fhir.conformance.R4Conformance;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FHIR R4 Bundle of an implant, as a hospital system fetches it: an operation, a visit, an
 * adverse event and a revision recorded through the API come back as Procedures, Observations and
 * an AdverseEvent around the Device, and the Bundle passes the check against the R4 definitions;
 * only those who may read the patient get it.
 */
@ExtendWith(ArquillianExtension.class)
class FhirBundleIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static String bundlePath(String serial) {
        return "/api/fhir/Bundle/implant/" + serial;
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
    void anImplantsOperationVisitAdverseEventAndRevisionComeBackAsAConformingR4Bundle() {
        Plant.Recorded plant = Plant.implants(1).patientMatched().implanted();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        expect(
                surgeon.post(
                        "/api/follow-ups/" + serial + "/visits/M1",
                        """
                        {"visitDate":"%s","karnofsky":80,"vasValue":3.5,"vasUnit":"CM","instrumentCode":"WATKINS",
                         "instrumentScore":2,"diseaseStatus":"NO_EVIDENCE_OF_DISEASE"}"""
                                .formatted(TODAY)),
                201);
        expect(
                surgeon.post(
                        "/api/follow-ups/" + serial + "/adverse-events",
                        """
                        {"termCode":"10022117","grade":3,"specifyText":"Implant fracture","serious":true,
                         "seriousCriterion":"HOSPITALISATION","onsetDate":"%s","deviceAttribution":"PROBABLE",
                         "procedureAttribution":"POSSIBLE","actionTaken":"REVISION","outcome":"RECOVERING"}"""
                                .formatted(TODAY)),
                201);
        expect(
                surgeon.post(
                        "/api/implantations/" + serial + "/explantation",
                        """
                        {"kind":"REVISION","explantedOn":"%s","reason":"IMPLANT_FRACTURE",
                         "reasonText":"fractured at the third rib","deviceReturned":true}"""
                                .formatted(TODAY)),
                201);

        Api.Answer answer = expect(surgeon.get(bundlePath(serial)), 200);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        assertThat(R4Conformance.problemsOf(answer.text())).isEmpty();

        Bundle bundle =
                FhirContext.forR4Cached()
                        .newJsonParser()
                        .parseResource(Bundle.class, answer.text());
        Device implant = all(bundle, Device.class).get(0);
        assertThat(implant.getSerialNumber()).isEqualTo(serial);
        assertThat(implant.getUdiCarrierFirstRep().getCarrierHRF()).endsWith("(21)" + serial);
        assertThat(implant.getStatus()).isEqualTo(Device.FHIRDeviceStatus.INACTIVE);
        Procedure operation = all(bundle, Procedure.class).get(0);
        assertThat(operation.getFocalDeviceFirstRep().getManipulated().getReference())
                .isEqualTo(fullUrlOf(bundle, implant));
        Procedure revision = all(bundle, Procedure.class).get(1);
        assertThat(revision.getFocalDeviceFirstRep().getAction().getCodingFirstRep().getCode())
                .isEqualTo("explanted");
        assertThat(revision.getFocalDeviceFirstRep().getManipulated().getReference())
                .isEqualTo(fullUrlOf(bundle, implant));
        assertThat(revision.getPerformedDateTimeType().getValueAsString()).isEqualTo(TODAY);
        assertThat(all(bundle, Observation.class))
                .extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly("89243-0", "38214-3", "97509-4");
        assertThat(all(bundle, Observation.class).get(1).getValueQuantity().getValue())
                .isEqualByComparingTo("3.5");
        AdverseEvent event = all(bundle, AdverseEvent.class).get(0);
        assertThat(event.getSuspectEntityFirstRep().getInstance().getReference())
                .isEqualTo(fullUrlOf(bundle, implant));
        assertThat(event.getEvent().getCodingFirstRep().getCode()).isEqualTo("10022117");
        assertThat(event.getSeverity().getCodingFirstRep().getCode()).isEqualTo("severe");

        // the hospital's study staff and the readers of every patient get the same Bundle
        for (String role : List.of("STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR")) {
            Api.Answer read = expect(People.as(role).get(bundlePath(serial)), 200);
            assertThat(read.contentType()).as(role).startsWith("application/fhir+json");
        }
    }

    @Test
    void onlyThoseWhoMayReadThePatientGetTheBundleAndACustomMadeDeviceHasNoUdi() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();

        Api.Answer own = expect(plant.surgeon(0).get(bundlePath(serial)), 200);
        assertThat(R4Conformance.problemsOf(own.text())).isEmpty();
        Bundle bundle =
                FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, own.text());
        Device implant = all(bundle, Device.class).get(0);
        assertThat(implant.hasUdiCarrier()).isFalse();
        assertThat(implant.getIdentifierFirstRep().getValue()).isEqualTo(serial);

        // another surgeon, and study staff of another hospital: as if there were no such implant
        String elsewhere = "it.staff-" + Unique.tag().toLowerCase();
        expect(
                People.admin()
                        .post(
                                "/api/users",
                                """
                                {"username":"%s","fullName":"Test staff elsewhere","password":"%s",
                                 "roles":["STUDY_STAFF"],"hospital":"Klinikum Anderswo"}"""
                                        .formatted(elsewhere, People.PASSWORD)),
                201);
        for (Api stranger : List.of(People.as("SURGEON"), Api.as(elsewhere, People.PASSWORD))) {
            Api.Answer refused = expect(stranger.get(bundlePath(serial)), 404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).doesNotContain("PT-");
        }
        // roles that read no patients, and nobody signed in
        for (String role : List.of("OPERATOR", "ENGINEER", "ADMIN")) {
            assertThat(People.as(role).get(bundlePath(serial)).status()).as(role).isEqualTo(403);
        }
        assertThat(Api.anonymous().get(bundlePath(serial)).status()).isEqualTo(401);
        // a serial that names nothing
        expect(People.as("QA").get(bundlePath("NO-SUCH-" + Unique.tag())), 404);
    }
}
