package it.org.implantdhr.specification;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.specification.SpecificationFixtures.BASELINE;
import static it.org.implantdhr.specification.SpecificationFixtures.approve;
import static it.org.implantdhr.specification.SpecificationFixtures.approvedCopyOfBaseline;
import static it.org.implantdhr.specification.SpecificationFixtures.draft;
import static it.org.implantdhr.specification.SpecificationFixtures.inDays;
import static it.org.implantdhr.specification.SpecificationFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class SpecificationsIT {

    private static final Path SEED_CSV =
            Path.of(
                    "../rules/src/main/resources/org/implantdhr/rules/specification/TI64-ELI-CW-1.0.csv");

    private static Map<String, JsonObject> limitsByKey(JsonObject specification) {
        return specification.getJsonArray("limits").stream()
                .map(JsonObject.class::cast)
                .collect(
                        Collectors.toMap(
                                l -> l.getString("checkId") + "/" + l.getString("parameter"),
                                Function.identity()));
    }

    /** A string member, null when it is absent or null (absent members are not serialised). */
    private static String text(JsonObject o, String name) {
        return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL
                ? null
                : o.getString(name);
    }

    @Test
    void theSeededBaselineHasEveryLimitOfTheCsvWithItsExactDecimals() throws IOException {
        var answer = People.as("QA").get("/api/specifications/" + BASELINE + "/1.0");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var spec = answer.json();
        assertThat(spec.getString("status")).isEqualTo("APPROVED");
        assertThat(spec.getString("effectiveFrom")).isEqualTo("2024-01-01");
        assertThat(spec.getJsonObject("approval").getString("approvedBy")).isEqualTo("system");
        assertThat(spec.getJsonObject("approval").containsKey("signedHash")).isFalse();
        List<String> rows =
                Files.readAllLines(SEED_CSV, StandardCharsets.UTF_8).stream()
                        .skip(1)
                        .filter(l -> !l.isBlank())
                        .toList();
        var limits = limitsByKey(spec);
        assertThat(limits).hasSize(rows.size());
        for (String row : rows) {
            String[] f = row.split(",", 10);
            var limit = limits.get(f[0] + "/" + f[1]);
            assertThat(limit).as(row).isNotNull();
            assertThat(text(limit, "lower")).as(row).isEqualTo(f[2].isEmpty() ? null : f[2]);
            assertThat(text(limit, "upper")).as(row).isEqualTo(f[4].isEmpty() ? null : f[4]);
            assertThat(limit.getBoolean("upperStrict"))
                    .as(row)
                    .isEqualTo(Boolean.parseBoolean(f[5]));
            assertThat(limit.getString("comparison"))
                    .as(row)
                    .isEqualTo(f[6].isEmpty() ? "ABSOLUTE" : f[6]);
        }
        assertThat(limits.get("PWD-CHEM-O/O").getString("upper")).isEqualTo("0.13");
        assertThat(limits.get("PWD-CHEM-H/H").getString("upper")).isEqualTo("0.012");
        assertThat(limits.get("PWD-CHEM-AL/Al").getString("lower")).isEqualTo("5.50");
        assertThat(limits.get("PWD-CHEM-O/O").getString("comparison")).isEqualTo("ROUNDED");
        assertThat(limits.get("IMG-SLICE/slice_thickness").getBoolean("upperStrict")).isTrue();
        assertThat(limits.get("HT-ATMOSPHERE/vacuum").getString("upper")).isEqualTo("0.0001");
        assertThat(spec.getJsonObject("approval").getString("contentSha256"))
                .isEqualTo(sha256(canonical(spec)));
    }

    @Test
    void theBaselineIsInForceFromItsEffectiveDate() {
        var reader = People.as("REGULATOR");

        assertThat(
                        reader.get("/api/specifications/" + BASELINE + "/effective?on=2024-06-01")
                                .json()
                                .getString("version"))
                .isEqualTo("1.0");
        assertThat(
                        reader.get("/api/specifications/" + BASELINE + "/effective?on=2023-12-31")
                                .status())
                .isEqualTo(404);
        assertThat(
                        reader.get("/api/specifications/" + BASELINE + "/effective?on=26.11.2026")
                                .status())
                .isEqualTo(400);
        var listed =
                reader.get("/api/specifications?code=" + BASELINE).array().stream()
                        .map(JsonObject.class::cast)
                        .filter(s -> "1.0".equals(s.getString("version")))
                        .toList();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).containsKey("limits")).isFalse();
    }

    @Test
    @Tag("CFR-11.10f")
    void aDraftIsEditedThenApprovedBySignatureAndNeverChangesAgain() {
        String code = newCode();
        Instant start = Instant.now().minusSeconds(1);
        var created =
                draft(
                        code,
                        BASELINE,
                        "1.0",
                        "1.0",
                        inDays(10),
                        """
                [{"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.12"}]""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(created.json().getString("basedOn")).isEqualTo(BASELINE + " 1.0");
        assertThat(limitsByKey(created.json()).get("PWD-CHEM-O/O").getString("upper"))
                .isEqualTo("0.12");

        var revised =
                People.as("QA_MANAGER")
                        .put(
                                "/api/specifications/" + code + "/1.0/limits",
                                """
                {"changes":[{"checkId":"PWD-CHEM-H","parameter":"H","upper":0.0100},
                            {"checkId":"BLD-O2","parameter":"gas","textValue":"ARGON 5.0"}],
                 "reason":"supplier capability study"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(limitsByKey(revised.json()).get("PWD-CHEM-H/H").getString("upper"))
                .isEqualTo("0.0100");
        assertThat(limitsByKey(revised.json()).get("PWD-CHEM-H/H").getString("comparison"))
                .isEqualTo("ROUNDED");
        var trail =
                People.as("QA")
                        .get("/api/audit?recordType=SpecificationLimit&limit=1000&from=" + start)
                        .array()
                        .stream()
                        .map(JsonObject.class::cast)
                        .filter(e -> e.getString("recordLabel").startsWith(code + " "))
                        .toList();
        assertThat(trail)
                .extracting(
                        e ->
                                e.getString("recordLabel")
                                        + " "
                                        + e.getString("field")
                                        + " "
                                        + e.getString("oldValue")
                                        + " -> "
                                        + e.getString("newValue")
                                        + " ("
                                        + e.getString("reason")
                                        + ")")
                .containsExactlyInAnyOrder(
                        code + " 1.0 PWD-CHEM-O/O upper 0.13 -> 0.12 (integration test)",
                        code
                                + " 1.0 PWD-CHEM-H/H upper 0.012 -> 0.0100 (supplier capability study)",
                        code
                                + " 1.0 BLD-O2/gas textValue ARGON -> ARGON 5.0 (supplier capability study)");

        var refused = approve(code, "1.0", "not-the-password");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(
                        People.as("QA")
                                .get("/api/specifications/" + code + "/1.0")
                                .json()
                                .getString("status"))
                .isEqualTo("DRAFT");

        var approved = approve(code, "1.0", People.PASSWORD);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var spec = approved.json();
        assertThat(spec.getString("status")).isEqualTo("APPROVED");
        assertThat(spec.getString("state")).isEqualTo("APPROVED");
        var approval = spec.getJsonObject("approval");
        assertThat(approval.getString("meaning")).isEqualTo("APPROVAL");
        assertThat(approval.getString("approvedBy")).isEqualTo("it.qa-manager");
        assertThat(approval.getString("zone")).isEqualTo("Europe/Berlin");
        assertThat(approval.getString("signedHash"))
                .isEqualTo(approval.getString("contentSha256"))
                .isEqualTo(sha256(canonical(spec)));

        assertThat(
                        People.as("QA_MANAGER")
                                .put(
                                        "/api/specifications/" + code + "/1.0/limits",
                                        """
                {"changes":[{"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.11"}],"reason":"late"}""")
                                .status())
                .isEqualTo(409);
        assertThat(approve(code, "1.0", People.PASSWORD).status()).isEqualTo(409);
        assertThat(
                        limitsByKey(
                                        People.as("QA")
                                                .get("/api/specifications/" + code + "/1.0")
                                                .json())
                                .get("PWD-CHEM-O/O")
                                .getString("upper"))
                .isEqualTo("0.12");
    }

    @Test
    void theVersionInForceOnADayIsTheApprovedOneWithTheLatestEffectiveDateUpToThatDay() {
        String code = newCode();
        approvedCopyOfBaseline(code, inDays(10), "[]");
        expect(
                draft(
                        code,
                        code,
                        "1.0",
                        "1.1",
                        inDays(20),
                        """
                [{"checkId":"CPN-TENSILE","parameter":"uts","lower":"880"}]"""),
                201);
        var reader = People.as("OPERATOR");
        String effective = "/api/specifications/" + code + "/effective?on=";

        assertThat(reader.get(effective + inDays(25)).json().getString("version"))
                .as("draft not in force")
                .isEqualTo("1.0");
        expect(approve(code, "1.1", People.PASSWORD), 200);

        assertThat(reader.get(effective + inDays(5)).status()).isEqualTo(404);
        assertThat(reader.get(effective + inDays(10)).json().getString("version")).isEqualTo("1.0");
        assertThat(reader.get(effective + inDays(19)).json().getString("version")).isEqualTo("1.0");
        assertThat(reader.get(effective + inDays(20)).json().getString("version")).isEqualTo("1.1");
        var later = reader.get(effective + inDays(400)).json();
        assertThat(later.getString("version")).isEqualTo("1.1");
        assertThat(limitsByKey(later).get("CPN-TENSILE/uts").getString("lower")).isEqualTo("880");
        assertThat(reader.get("/api/specifications/" + code + "/1.0").json().getString("state"))
                .isEqualTo("APPROVED");
    }

    @Test
    @Tag("CFR-11.10f")
    void aNewVersionTakesEffectNeitherInThePastNorOnOrBeforeTheLatestApprovedOne() {
        String code = newCode();
        var past = draft(code, BASELINE, "1.0", "1.0", inDays(-1), "[]");
        assertThat(past.status()).as(past.toString()).isEqualTo(422);
        assertThat(past.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("effectiveFrom");
        approvedCopyOfBaseline(code, inDays(10), "[]");

        var sameDay = draft(code, code, "1.0", "1.1", inDays(10), "[]");
        assertThat(sameDay.status()).as(sameDay.toString()).isEqualTo(422);
        assertThat(People.as("QA").get("/api/specifications/" + code + "/1.1").status())
                .isEqualTo(404);

        expect(draft(code, code, "1.0", "1.1", inDays(30), "[]"), 201);
        var earlier =
                People.as("QA_MANAGER")
                        .put(
                                "/api/specifications/" + code + "/1.1/limits",
                                """
                {"effectiveFrom":"%s","reason":"earlier"}"""
                                        .formatted(inDays(9)));
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(422);
        var moved =
                People.as("QA_MANAGER")
                        .put(
                                "/api/specifications/" + code + "/1.1/limits",
                                """
                {"effectiveFrom":"%s","reason":"sooner"}"""
                                        .formatted(inDays(11)));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("effectiveFrom")).isEqualTo(inDays(11).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "changes[0].checkId|[{\"checkId\":\"PWD-CHEM-XX\",\"parameter\":\"O\",\"upper\":\"0.1\"}]",
                "changes[0].parameter|[{\"checkId\":\"PWD-CHEM-O\",\"parameter\":\"oxygen\",\"upper\":\"0.1\"}]",
                "changes[0].lower|[{\"checkId\":\"PWD-CHEM-AL\",\"parameter\":\"Al\",\"lower\":\"7.00\"}]",
                "changes[0].lower|[{\"checkId\":\"HT-BAND\",\"parameter\":\"setpoint\",\"lowerStrict\":true}]",
                "changes[1].upper|[{\"checkId\":\"PWD-CHEM-O\",\"parameter\":\"O\",\"upper\":\"0.12\"},"
                        + "{\"checkId\":\"PWD-CHEM-FE\",\"parameter\":\"Fe\",\"upper\":\"abc\"}]",
                "changes[0].upper|[{\"checkId\":\"PWD-CHEM-FE\",\"parameter\":\"Fe\",\"upper\":null}]",
                "changes[0].lower|[{\"checkId\":\"DES-HASH\",\"parameter\":\"criterion\",\"lower\":\"1\"}]",
                "changes[0].textValue|[{\"checkId\":\"DES-MASS\",\"parameter\":\"density\",\"textValue\":\"dense\"}]",
                "changes[0].comparison|[{\"checkId\":\"PWD-CHEM-O\",\"parameter\":\"O\",\"comparison\":\"EXACT\"}]",
                "changes[1]|[{\"checkId\":\"PWD-CHEM-O\",\"parameter\":\"O\",\"upper\":\"0.12\"},"
                        + "{\"checkId\":\"PWD-CHEM-O\",\"parameter\":\"O\",\"upper\":\"0.11\"}]",
                "baseVersion|[]"
            })
    void anInvalidDraftIsRefusedNamingTheFieldAndNothingIsStored(String testCase) {
        String location = testCase.substring(0, testCase.indexOf('|'));
        String changes = testCase.substring(testCase.indexOf('|') + 1);
        String code = newCode();

        var refused =
                draft(
                        code,
                        BASELINE,
                        location.equals("baseVersion") ? "9.9" : "1.0",
                        "1.0",
                        inDays(3),
                        changes);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo(location);
        assertThat(People.as("QA").get("/api/specifications/" + code + "/1.0").status())
                .isEqualTo(404);
        assertThat(
                        People.as("QA")
                                .get("/api/audit?limit=1000&from=" + Instant.now().minusSeconds(60))
                                .array()
                                .stream()
                                .map(JsonObject.class::cast)
                                .filter(e -> e.getString("recordLabel").startsWith(code)))
                .isEmpty();
    }

    @Test
    void aDuplicateVersionAndAMissingRationaleAreRefused() {
        String code = newCode();
        expect(draft(code, BASELINE, "1.0", "1.0", inDays(3), "[]"), 201);

        assertThat(draft(code, BASELINE, "1.0", "1.0", inDays(4), "[]").status()).isEqualTo(409);
        assertThat(
                        People.as("QA_MANAGER")
                                .post(
                                        "/api/specifications/" + code + "/drafts",
                                        """
                {"baseCode":"%s","baseVersion":"1.0","version":"1.1","effectiveFrom":"%s"}"""
                                                .formatted(BASELINE, inDays(4)))
                                .status())
                .isEqualTo(400);
        assertThat(
                        People.as("QA_MANAGER")
                                .put(
                                        "/api/specifications/" + code + "/1.0/limits",
                                        """
                {"changes":[{"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.12"}]}""")
                                .status())
                .isEqualTo(400);
        assertThat(
                        People.as("QA_MANAGER")
                                .put(
                                        "/api/specifications/" + code + "/9.9/limits",
                                        """
                {"changes":[],"reason":"x"}""")
                                .status())
                .isEqualTo(404);
    }

    @Test
    void twoVersionsAreComparedLimitByLimitIncludingTheirDecimalPlaces() {
        String code = newCode();
        approvedCopyOfBaseline(
                code,
                inDays(10),
                """
                [{"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.12"}]""");
        expect(
                draft(
                        code,
                        code,
                        "1.0",
                        "1.1",
                        inDays(20),
                        """
                [{"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.120"},
                 {"checkId":"CLN-ENDOTOXIN","parameter":"endotoxin","upper":"10"}]"""),
                201);

        var answer =
                People.as("REGULATOR")
                        .get("/api/specifications/compare?code=" + code + "&a=1.0&b=1.1");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var comparison = answer.json();
        assertThat(comparison.getJsonNumber("changes").intValue()).isEqualTo(2);
        var rows =
                comparison.getJsonArray("limits").stream()
                        .map(JsonObject.class::cast)
                        .collect(
                                Collectors.toMap(
                                        r ->
                                                r.getString("checkId")
                                                        + "/"
                                                        + r.getString("parameter"),
                                        Function.identity()));
        var oxygen = rows.get("PWD-CHEM-O/O");
        assertThat(oxygen.getBoolean("changed")).isTrue();
        assertThat(oxygen.getJsonObject("a").getString("upper")).isEqualTo("0.12");
        assertThat(oxygen.getJsonObject("b").getString("upper")).isEqualTo("0.120");
        assertThat(rows.get("CLN-ENDOTOXIN/endotoxin").getJsonObject("b").getString("text"))
                .isEqualTo("≤ 10 EU/device");
        assertThat(rows.get("PWD-CHEM-FE/Fe").getBoolean("changed")).isFalse();
        assertThat(
                        People.as("QA")
                                .get("/api/specifications/compare?code=" + code + "&a=1.0&b=7.7")
                                .status())
                .isEqualTo(404);
    }

    @Test
    @Tag("CFR-11.10g")
    void everyoneButTheSurgeonReadsAndOnlyAQaManagerWrites() {
        String code = newCode();
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR")) {
            var reader = People.as(role);
            assertThat(reader.get("/api/specifications").status()).as(role).isEqualTo(200);
            assertThat(reader.get("/api/specifications/" + BASELINE + "/1.0").status())
                    .as(role)
                    .isEqualTo(200);
            assertThat(
                            reader.get(
                                            "/api/specifications/"
                                                    + BASELINE
                                                    + "/effective?on=2026-11-26")
                                    .status())
                    .as(role)
                    .isEqualTo(200);
        }
        for (String role : List.of("SURGEON", "ADMIN")) {
            var outsider = People.as(role);
            assertThat(outsider.get("/api/specifications").status()).as(role).isEqualTo(403);
            assertThat(outsider.get("/api/specifications/" + BASELINE + "/1.0").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(
                            outsider.get(
                                            "/api/specifications/"
                                                    + BASELINE
                                                    + "/effective?on=2026-11-26")
                                    .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(
                            outsider.get(
                                            "/api/specifications/compare?code="
                                                    + BASELINE
                                                    + "&a=1.0&b=1.0")
                                    .status())
                    .as(role)
                    .isEqualTo(403);
        }
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON")) {
            var answer =
                    People.as(role)
                            .post(
                                    "/api/specifications/" + code + "/drafts",
                                    """
                    {"baseCode":"%s","baseVersion":"1.0","version":"1.0","effectiveFrom":"%s","rationale":"x"}"""
                                            .formatted(BASELINE, inDays(3)));
            assertThat(answer.status()).as(role).isEqualTo(403);
        }
        expect(draft(code, BASELINE, "1.0", "1.0", inDays(3), "[]"), 201);
        assertThat(
                        People.as("QA")
                                .put(
                                        "/api/specifications/" + code + "/1.0/limits",
                                        """
                {"changes":[],"reason":"x"}""")
                                .status())
                .isEqualTo(403);
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/specifications/" + code + "/1.0/approval",
                                        """
                {"password":"%s"}"""
                                                .formatted(People.PASSWORD))
                                .status())
                .isEqualTo(403);
        assertThat(Api.anonymous().get("/api/specifications").status()).isEqualTo(401);
    }

    /**
     * The approved content as the server hashes it: canonical JSON (sorted keys, no blanks, plain
     * decimals).
     */
    private static String canonical(JsonObject spec) {
        String limits =
                spec.getJsonArray("limits").stream()
                        .map(JsonObject.class::cast)
                        .map(
                                l ->
                                        "{"
                                                + "\"checkId\":"
                                                + str(l.getString("checkId"))
                                                + ",\"comparison\":"
                                                + str(l.getString("comparison"))
                                                + ",\"description\":"
                                                + str(l.getString("description"))
                                                + ",\"lower\":"
                                                + number(text(l, "lower"))
                                                + ",\"lowerStrict\":"
                                                + l.getBoolean("lowerStrict")
                                                + ",\"parameter\":"
                                                + str(l.getString("parameter"))
                                                + ",\"textValue\":"
                                                + (text(l, "textValue") == null
                                                        ? "null"
                                                        : str(l.getString("textValue")))
                                                + ",\"unit\":"
                                                + str(l.getString("unit"))
                                                + ",\"upper\":"
                                                + number(text(l, "upper"))
                                                + ",\"upperStrict\":"
                                                + l.getBoolean("upperStrict")
                                                + "}")
                        .collect(Collectors.joining(","));
        return "{\"code\":"
                + str(spec.getString("code"))
                + ",\"effectiveFrom\":"
                + str(spec.getString("effectiveFrom"))
                + ",\"limits\":["
                + limits
                + "],\"version\":"
                + str(spec.getString("version"))
                + "}";
    }

    private static String number(String decimal) {
        return decimal == null ? "null" : new BigDecimal(decimal).toPlainString();
    }

    private static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
