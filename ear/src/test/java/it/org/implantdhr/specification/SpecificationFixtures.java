package it.org.implantdhr.specification;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Specifications for tests: each test works on its own code (IT-SPEC-...), started from the seeded
 * baseline TI64-ELI-CW 1.0, so that its effective dates never meet another test's.
 */
public final class SpecificationFixtures {

    public static final String BASELINE = "TI64-ELI-CW";

    private SpecificationFixtures() {}

    public static String newCode() {
        return "IT-SPEC-" + System.nanoTime();
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    /**
     * A draft of {@code code} copied from {@code baseCode baseVersion}; {@code changes} is a JSON
     * array.
     */
    public static Api.Answer draft(
            String code,
            String baseCode,
            String baseVersion,
            String version,
            LocalDate effectiveFrom,
            String changes) {
        return People.as("QA_MANAGER")
                .post(
                        "/api/specifications/" + code + "/drafts",
                        """
                {"baseCode":"%s","baseVersion":"%s","version":"%s","effectiveFrom":"%s",
                 "rationale":"integration test","changes":%s}"""
                                .formatted(baseCode, baseVersion, version, effectiveFrom, changes));
    }

    public static Api.Answer approve(String code, String version, String password) {
        return People.as("QA_MANAGER")
                .post(
                        "/api/specifications/" + code + "/" + version + "/approval",
                        """
                {"password":"%s","zone":"Europe/Berlin"}"""
                                .formatted(password));
    }

    /**
     * A new code whose version 1.0 is the baseline with {@code changes}, approved and in force from
     * the given day.
     */
    public static JsonObject approvedCopyOfBaseline(
            String code, LocalDate effectiveFrom, String changes) {
        expect(draft(code, BASELINE, "1.0", "1.0", effectiveFrom, changes), 201);
        return expect(approve(code, "1.0", People.PASSWORD), 200).json();
    }
}
