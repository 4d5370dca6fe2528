package org.implantdhr.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Bundle check finds what breaks the R4 definitions, each where it is. */
class R4ConformanceTest {

    private static final String PATIENT =
            """
            {"fullUrl":"urn:uuid:00000000-0000-0000-0000-000000000001",
             "resource":{"resourceType":"Patient","identifier":[{"system":"urn:x","value":"PT-1"}]}}""";

    private static String bundle(String... entries) {
        return """
                {"resourceType":"Bundle","type":"collection","entry":[%s]}"""
                .formatted(String.join(",", entries));
    }

    @Test
    void aMinimalCollectionConforms() {
        assertThat(R4Conformance.problemsOf(bundle(PATIENT))).isEmpty();
    }

    @Test
    void aMissingRequiredElementIsFound() {
        // Procedure.status and Procedure.subject are 1..1
        String procedure =
                """
                {"fullUrl":"urn:uuid:00000000-0000-0000-0000-000000000002",
                 "resource":{"resourceType":"Procedure","code":{"text":"x"}}}""";
        assertThat(R4Conformance.problemsOf(bundle(PATIENT, procedure)))
                .anyMatch(p -> p.contains("Procedure.status") && p.contains("required"))
                .anyMatch(p -> p.contains("Procedure.subject") && p.contains("required"));
    }

    @Test
    void aCodeOutsideARequiredValueSetIsFound() {
        String event =
                """
                {"fullUrl":"urn:uuid:00000000-0000-0000-0000-000000000003",
                 "resource":{"resourceType":"AdverseEvent","actuality":"actual",
                  "subject":{"reference":"urn:uuid:00000000-0000-0000-0000-000000000001"},
                  "severity":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/adverse-event-severity","code":"grade-3"}]}}}""";
        assertThat(R4Conformance.problemsOf(bundle(PATIENT, event)))
                .anyMatch(
                        p ->
                                p.contains("AdverseEvent.severity")
                                        && p.contains("adverse-event-severity"));
    }

    @Test
    void tooManyValuesAnUnknownElementAndADanglingReferenceAreFound() {
        String twoSubjects =
                """
                {"fullUrl":"urn:uuid:00000000-0000-0000-0000-000000000004",
                 "resource":{"resourceType":"Observation","status":"final","code":{"text":"x"},
                  "subject":{"reference":"urn:uuid:00000000-0000-0000-0000-000000000009"}}}""";
        assertThat(R4Conformance.problemsOf(bundle(PATIENT, twoSubjects)))
                .anyMatch(p -> p.contains("does not resolve"));
        assertThat(
                        R4Conformance.problemsOf(
                                bundle(
                                        PATIENT.replace(
                                                "\"identifier\"",
                                                "\"nickname\":\"x\",\"identifier\""))))
                .anyMatch(p -> p.contains("not R4 JSON") && p.contains("nickname"));
        assertThat(
                        R4Conformance.problemsOf(
                                bundle(
                                        PATIENT.replace(
                                                "\"identifier\":[",
                                                "\"gender\":\"unknownish\",\"identifier\":["))))
                .isNotEmpty();
        assertThat(
                        R4Conformance.problemsOf(
                                """
                                {"resourceType":"Bundle","type":"collection","entry":[%s],"total":[1,2]}"""
                                        .formatted(PATIENT)))
                .isNotEmpty();
    }
}
