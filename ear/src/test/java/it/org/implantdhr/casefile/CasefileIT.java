package it.org.implantdhr.casefile;

import static it.org.implantdhr.casefile.CaseFixtures.caseJson;
import static it.org.implantdhr.casefile.CaseFixtures.cube;
import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.implantdhr.casefile.control.StlWriter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class CasefileIT {

    private final Api engineer = People.as("ENGINEER");

    @Test
    void anEngineerOpensACaseThatTheSurgeonAndTheReadersSee() {
        String caseNumber = CaseFixtures.newCase();
        var read = expect(People.as("QA").get("/api/cases/" + caseNumber), 200).json();
        assertThat(read.getString("surgeon")).isEqualTo(CaseFixtures.SURGEON);
        assertThat(read.getString("regulatoryPathway")).isEqualTo("CUSTOM_MADE");
        assertThat(read.getString("patientPseudonym")).startsWith("PAT-");
        for (String role :
                new String[] {"OPERATOR", "ENGINEER", "QA_MANAGER", "REGULATOR", "SURGEON"}) {
            expect(People.as(role).get("/api/cases/" + caseNumber), 200);
        }
        expect(
                engineer.post(
                        "/api/cases", caseJson(caseNumber, CaseFixtures.SURGEON, "CUSTOM_MADE")),
                409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void onlyAnEngineerOpensACase(String role) {
        People.as("SURGEON");
        var answer =
                People.as(role)
                        .post(
                                "/api/cases",
                                caseJson(unique("CASE"), CaseFixtures.SURGEON, "CUSTOM_MADE"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCaseIsRefusedWithTheFieldThatIsWrong() {
        People.as("SURGEON");
        String valid = caseJson(unique("CASE"), CaseFixtures.SURGEON, "CUSTOM_MADE");
        assertRefused(
                valid.replaceFirst("\"PAT-[0-9]+\"", "\"John Smith\""), 422, "patientPseudonym");
        assertRefused(valid.replaceFirst("\"PAT-[0-9]+\"", "\"smith\""), 422, "patientPseudonym");
        assertRefused(valid.replace("CUSTOM_MADE", "INVESTIGATIONAL"), 422, "regulatoryPathway");
        assertRefused(
                valid.replaceFirst(",\"prescriptionReference\":\"RX-[0-9]+\"", ""),
                422,
                "prescriptionReference");
        assertRefused(valid.replace("\"it.surgeon\"", "\"it.qa\""), 422, "surgeon");
        assertRefused(valid.replace("\"it.surgeon\"", "\"nobody.at.all\""), 422, "surgeon");
        assertRefused(valid.replace("\"hospital\":\"Test Hospital\",", ""), 400, "hospital");
        // a value that is there but is no date is unprocessable, named by its field
        assertRefused(
                valid.replaceFirst("\"20[0-9-]+\"", "\"next week\""), 422, "plannedSurgeryDate");
        var patientMatched =
                caseJson(unique("CASE"), CaseFixtures.SURGEON, "PATIENT_MATCHED")
                        .replaceFirst(",\"prescriptionReference\":\"RX-[0-9]+\"", "");
        expect(engineer.post("/api/cases", patientMatched), 201);
    }

    private void assertRefused(String json, int status, String location) {
        var answer = engineer.post("/api/cases", json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (location != null) {
            assertLocation(answer, status, location);
        }
    }

    @Test
    @Tag("CFR-11.10g")
    void aSurgeonSeesOnlyTheirOwnCasesAndOthersDoNotExistForThem() {
        String mine = CaseFixtures.newCase();
        String theirs = CaseFixtures.newCase("it.surgeon.other", "CUSTOM_MADE");
        var surgeon = People.as("SURGEON");

        expect(surgeon.get("/api/cases/" + mine), 200);
        var notFound = surgeon.get("/api/cases/" + theirs);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.text()).doesNotContain("it.surgeon.other");
        assertThat(surgeon.get("/api/cases/" + theirs + "/imaging").status()).isEqualTo(404);
        assertThat(surgeon.get("/api/cases/" + theirs + "/designs").status()).isEqualTo(404);
        assertThat(surgeon.get("/api/cases/CASE-NEVER-OPENED").status()).isEqualTo(404);

        var listed =
                expect(surgeon.get("/api/cases?limit=1000"), 200).array().stream()
                        .map(v -> ((JsonObject) v).getString("caseNumber"))
                        .toList();
        assertThat(listed).contains(mine).doesNotContain(theirs);
        assertThat(
                        expect(surgeon.get("/api/cases?limit=1000"), 200).array().stream()
                                .map(v -> ((JsonObject) v).getString("surgeon"))
                                .distinct()
                                .toList())
                .containsOnly(CaseFixtures.SURGEON);
    }

    @Test
    void ctStudiesKeepSliceValuesInMillimetres() {
        String caseNumber = CaseFixtures.newCase();
        String uid = "1.2.826.0.1." + System.nanoTime();
        var study =
                expect(
                                engineer.post(
                                        "/api/cases/" + caseNumber + "/imaging",
                                        """
                {"studyUid":"%s","modality":"CT","scanDate":"2026-01-10","sliceThickness":{"value":750,"unit":"µm"},
                 "sliceIncrement":{"value":0.5,"unit":"mm"},"scannerModel":"Somatom Force"}"""
                                                .formatted(uid)),
                                201)
                        .json();
        assertThat(study.getJsonObject("sliceThickness").getJsonNumber("value").bigDecimalValue())
                .isEqualByComparingTo("0.75");
        assertThat(study.getJsonObject("sliceThickness").getString("unit")).isEqualTo("mm");
        var listed =
                expect(People.as("SURGEON").get("/api/cases/" + caseNumber + "/imaging"), 200)
                        .array();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("scanDate")).isEqualTo("2026-01-10");

        String body =
                """
                {"studyUid":"%s","modality":"CT","scanDate":"2026-01-10","sliceThickness":{"value":0.75,"unit":"mm"},
                 "sliceIncrement":{"value":0.5,"unit":"mm"}}""";
        expect(engineer.post("/api/cases/" + caseNumber + "/imaging", body.formatted(uid)), 409);
        var other = "1.2.826.0.2." + System.nanoTime();
        assertImagingRefused(
                caseNumber, body.formatted(other).replace("\"CT\"", "\"MR\""), 422, "modality");
        assertImagingRefused(
                caseNumber,
                body.formatted(other).replaceFirst("\"unit\":\"mm\"", "\"unit\":\"cm\""),
                422,
                "sliceThickness");
        assertImagingRefused(
                caseNumber,
                body.formatted(other).replaceFirst(",\"unit\":\"mm\"", ""),
                422,
                "sliceThickness");
        assertImagingRefused(
                caseNumber,
                body.formatted(other).replaceFirst("0.75", "-0.75"),
                422,
                "sliceThickness");
        assertImagingRefused(caseNumber, body.formatted("not a uid"), 422, "studyUid");
        assertImagingRefused(
                caseNumber,
                body.formatted(other).replace("2026-01-10", "2999-01-10"),
                422,
                "scanDate");
        assertImagingRefused(
                caseNumber,
                body.formatted(other).replaceFirst(",\"sliceThickness\":\\{[^}]*}", ""),
                400,
                "sliceThickness");
        assertThat(engineer.get("/api/cases/" + caseNumber + "/imaging").array()).hasSize(1);

        assertThat(
                        People.as("OPERATOR")
                                .post(
                                        "/api/cases/" + caseNumber + "/imaging",
                                        body.formatted(other))
                                .status())
                .isEqualTo(403);
        assertThat(
                        engineer.post("/api/cases/CASE-NEVER-OPENED/imaging", body.formatted(other))
                                .status())
                .isEqualTo(404);
    }

    private void assertImagingRefused(String caseNumber, String json, int status, String location) {
        var answer = engineer.post("/api/cases/" + caseNumber + "/imaging", json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        if (location != null) {
            assertLocation(answer, status, location);
        }
    }

    @Test
    @Tag("CFR-11.10c")
    void aBinaryStlIsKeptByteForByteAndMeasured() throws Exception {
        String caseNumber = CaseFixtures.newCase();
        byte[] stl = StlWriter.binary("solid-looking header of a binary file", cube(10));
        var design =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=V1&unit=MILLIMETRE&fileName=chest%20wall.stl"
                                                + "&minWall=1500&minWallUnit=um",
                                        "application/octet-stream",
                                        stl),
                                201)
                        .json();

        assertThat(design.getString("sha256")).isEqualTo(sha256(stl));
        assertThat(design.getInt("triangleCount")).isEqualTo(12);
        assertThat(design.getBoolean("closedMesh")).isTrue();
        assertThat(value(design, "volume")).isEqualByComparingTo("1000");
        assertThat(value(design, "surfaceArea")).isEqualByComparingTo("600");
        assertThat(value(design, "maxOuterDimension")).isEqualByComparingTo("10");
        assertThat(value(design, "minWall")).isEqualByComparingTo("1.5");
        assertThat(
                        design.getJsonObject("boundingBox")
                                .getJsonObject("z")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("10");

        var download = download(caseNumber, "V1", People.PASSWORD, "it.surgeon");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(stl);
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("model/stl");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo(
                        "attachment; filename=\"chest wall.stl\"; filename*=UTF-8''chest%20wall.stl");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertThat(
                        engineer.upload(
                                        designs(caseNumber) + "?version=V1&unit=MILLIMETRE",
                                        "model/stl",
                                        stl)
                                .status())
                .isEqualTo(409);
        assertThat(expect(People.as("REGULATOR").get(designs(caseNumber)), 200).array()).hasSize(1);
    }

    @Test
    void anAsciiStlAndAnInchStlAreMeasuredInMillimetres() {
        String caseNumber = CaseFixtures.newCase();
        byte[] ascii = StlWriter.ascii("cube", cube(20));
        var inMm =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=A1&unit=MILLIMETRE&fileName=a.stl",
                                        "model/stl",
                                        ascii),
                                201)
                        .json();
        assertThat(value(inMm, "volume")).isEqualByComparingTo("8000");
        assertThat(inMm.getString("declaredUnit")).isEqualTo("MILLIMETRE");
        assertThat(inMm.getString("sha256")).isEqualTo(sha256(ascii));

        var inInch =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=I1&unit=INCH&fileName=i.stl",
                                        "model/stl",
                                        StlWriter.binary("inch", cube(1))),
                                201)
                        .json();
        assertThat(inInch.getString("declaredUnit")).isEqualTo("INCH");
        assertThat(value(inInch, "maxOuterDimension")).isEqualByComparingTo("25.4");
        assertThat(value(inInch, "volume")).isEqualByComparingTo("16387.064");
        assertThat(value(inInch, "surfaceArea")).isEqualByComparingTo("3870.96");
    }

    @Test
    void anAsciiStlInCapitalsAsSomeCadSystemsWriteItIsRead() {
        String caseNumber = CaseFixtures.newCase();
        byte[] capitals =
                ("  "
                                + new String(
                                                StlWriter.ascii("Plate V2", cube(10)),
                                                StandardCharsets.US_ASCII)
                                        .toUpperCase(java.util.Locale.ROOT)
                                        .replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.US_ASCII);

        var design =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=C1&unit=MILLIMETRE&fileName=c.stl",
                                        "model/stl",
                                        capitals),
                                201)
                        .json();

        assertThat(value(design, "volume")).isEqualByComparingTo("1000");
        assertThat(design.getBoolean("closedMesh")).isTrue();
        assertThat(design.containsKey("meshDefect") && !design.isNull("meshDefect")).isFalse();
    }

    @Test
    void anOpenOrWronglyOrientedMeshIsKeptWithItsDefectNamed() {
        String caseNumber = CaseFixtures.newCase();
        double[] cube = cube(10);
        byte[] open = StlWriter.binary("cube with a hole", Arrays.copyOf(cube, cube.length - 9));
        double[] flipped = cube(10);
        for (int k = 0; k < 3; k++) {
            double second = flipped[4 * 9 + 3 + k];
            flipped[4 * 9 + 3 + k] = flipped[4 * 9 + 6 + k];
            flipped[4 * 9 + 6 + k] = second;
        }

        var openDesign =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=O1&unit=MILLIMETRE&fileName=o.stl",
                                        "model/stl",
                                        open),
                                201)
                        .json();
        var flippedDesign =
                expect(
                                engineer.upload(
                                        designs(caseNumber)
                                                + "?version=F1&unit=MILLIMETRE&fileName=f.stl",
                                        "model/stl",
                                        StlWriter.ascii("flipped", flipped)),
                                201)
                        .json();

        assertThat(openDesign.getBoolean("closedMesh")).isFalse();
        // the missing triangle's three edges, each by its two vertices
        assertThat(openDesign.getString("meshDefect"))
                .startsWith("open mesh: 3 edges belong to one triangle only: (")
                .endsWith(") (vertices in file units)");
        assertThat(openDesign.getString("meshDefect").split("–")).hasSize(4);
        assertThat(flippedDesign.getBoolean("closedMesh")).isTrue();
        assertThat(flippedDesign.getString("meshDefect"))
                .startsWith(
                        "inconsistently oriented: 3 edges are traversed twice in the same direction: ");
    }

    @Test
    void aBadStlIsRefusedAndNothingIsStored() {
        String caseNumber = CaseFixtures.newCase();
        String actor = unique("it.engineer.stl").toLowerCase();
        var uploader = People.named(actor, "ENGINEER");
        byte[] good = StlWriter.binary("cube", cube(10));
        byte[] truncated = Arrays.copyOf(good, good.length - 7);
        byte[] flat =
                StlWriter.binary(
                        "flat",
                        new double[] {0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 0, 0, 10, 0, 10, 0, 0});
        byte[] brokenAscii =
                "solid x\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 zero\n"
                        .getBytes(StandardCharsets.US_ASCII);
        byte[] notFinite = StlWriter.ascii("nan", cube(10)).clone();
        String nanAscii =
                new String(notFinite, StandardCharsets.US_ASCII)
                        .replaceFirst("vertex 0.0 0.0 0.0", "vertex NaN 0.0 0.0");

        for (byte[] bad :
                new byte[][] {
                    new byte[0],
                    truncated,
                    flat,
                    brokenAscii,
                    nanAscii.getBytes(StandardCharsets.US_ASCII),
                    Arrays.copyOf(good, 40)
                }) {
            var answer =
                    uploader.upload(
                            designs(caseNumber) + "?version=B1&unit=MILLIMETRE&fileName=bad.stl",
                            "model/stl",
                            bad);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors")).isNotEmpty();
        }
        var truncatedAnswer =
                uploader.upload(
                        designs(caseNumber) + "?version=B1&unit=MILLIMETRE",
                        "model/stl",
                        truncated);
        assertThat(truncatedAnswer.text()).contains("truncated");

        assertThat(
                        uploader.upload(
                                        designs(caseNumber) + "?version=B1&unit=FOOT",
                                        "model/stl",
                                        good)
                                .status())
                .isEqualTo(422);
        assertThat(uploader.upload(designs(caseNumber) + "?version=B1", "model/stl", good).status())
                .isEqualTo(422);
        assertThat(
                        uploader.upload(designs(caseNumber) + "?unit=MILLIMETRE", "model/stl", good)
                                .status())
                .isEqualTo(422);
        assertThat(
                        uploader.upload(
                                        designs(caseNumber)
                                                + "?version=B1&unit=MILLIMETRE&minWall=1.2",
                                        "model/stl",
                                        good)
                                .status())
                .isEqualTo(422);
        assertThat(
                        uploader.upload(
                                        designs(caseNumber)
                                                + "?version=B1&unit=MILLIMETRE&minWall=thin&minWallUnit=mm",
                                        "model/stl",
                                        good)
                                .status())
                .isEqualTo(400);

        assertThat(engineer.get(designs(caseNumber)).array()).isEmpty();
        assertThat(engineer.get(designs(caseNumber) + "/B1").status()).isEqualTo(404);
        assertThat(People.as("QA").get("/api/audit?actor=" + Api.q(actor)).array()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    @Tag("CFR-11.10g")
    void onlyAnEngineerUploadsADesign(String role) {
        String caseNumber = CaseFixtures.newCase();
        var answer =
                People.as(role)
                        .upload(
                                designs(caseNumber) + "?version=V1&unit=MILLIMETRE",
                                "model/stl",
                                StlWriter.binary("cube", cube(10)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    }

    @Test
    @Tag("CFR-11.50")
    @Tag("CFR-11.70")
    @Tag("CFR-11.200")
    @Tag("CFR-11.10g")
    void theEngineerAndTheCasesSurgeonApproveExactlyTheUploadedFile() {
        String caseNumber = CaseFixtures.newCase();
        String sha256 = CaseFixtures.design(caseNumber, "V1");
        String approvals = designs(caseNumber) + "/V1/approvals";

        var wrong =
                engineer.post(
                        approvals, "{\"password\":\"not-my-password\",\"zone\":\"Europe/Berlin\"}");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("password");
        assertThat(engineer.get(designs(caseNumber) + "/V1").json().getJsonArray("approvals"))
                .isEmpty();

        var signed =
                expect(
                                engineer.post(
                                        approvals,
                                        "{\"password\":\""
                                                + People.PASSWORD
                                                + "\",\"zone\":\"Europe/Berlin\"}"),
                                201)
                        .json();
        assertThat(signed.getString("role")).isEqualTo("ENGINEER");
        assertThat(signed.getString("meaning")).isEqualTo("APPROVAL");
        assertThat(signed.getString("signedHash")).isEqualTo(sha256);
        assertThat(signed.getString("printedName")).isEqualTo("Test it.engineer");
        assertThat(signed.getString("signedAt")).endsWith("[Europe/Berlin]");
        expect(engineer.post(approvals, "{\"password\":\"" + People.PASSWORD + "\"}"), 409);

        assertThat(
                        People.named("it.surgeon.other", "SURGEON")
                                .post(approvals, "{\"password\":\"" + People.PASSWORD + "\"}")
                                .status())
                .isEqualTo(404);
        for (String role : new String[] {"OPERATOR", "QA", "REGULATOR"}) {
            assertThat(
                            People.as(role)
                                    .post(approvals, "{\"password\":\"" + People.PASSWORD + "\"}")
                                    .status())
                    .isEqualTo(403);
        }
        assertThat(engineer.post(approvals, "{\"zone\":\"Europe/Berlin\"}").status())
                .isEqualTo(400);

        var surgeon =
                expect(
                                People.as("SURGEON")
                                        .post(
                                                approvals,
                                                "{\"password\":\""
                                                        + People.PASSWORD
                                                        + "\",\"zone\":\"UTC\"}"),
                                201)
                        .json();
        assertThat(surgeon.getString("role")).isEqualTo("SURGEON");
        assertThat(surgeon.getString("signer")).isEqualTo(CaseFixtures.SURGEON);
        assertThat(surgeon.getString("signedHash")).isEqualTo(sha256);
        expect(
                People.as("SURGEON").post(approvals, "{\"password\":\"" + People.PASSWORD + "\"}"),
                409);

        var design = expect(People.as("SURGEON").get(designs(caseNumber) + "/V1"), 200).json();
        assertThat(design.getJsonArray("approvals")).hasSize(2);
        assertThat(
                        People.as("QA")
                                .get(
                                        "/api/audit?recordType=ElectronicSignature&actor=it.surgeon&limit=1000")
                                .text())
                .contains(sha256);
    }

    @Test
    void theFixtureMakesAnApprovedDesign() {
        var approved = CaseFixtures.newCaseWithApprovedDesign();
        var design =
                expect(
                                People.as("QA")
                                        .get(
                                                designs(approved.caseNumber())
                                                        + "/"
                                                        + approved.designVersion()),
                                200)
                        .json();
        assertThat(
                        design.getJsonArray("approvals").stream()
                                .map(a -> ((JsonObject) a).getString("role")))
                .containsExactlyInAnyOrder("ENGINEER", "SURGEON");
        assertThat(design.getString("sha256")).isEqualTo(approved.sha256());
    }

    @Test
    void aRecordedMinimumWallIsChangedOnlyForAReason() {
        String caseNumber = CaseFixtures.newCase();
        expect(
                engineer.upload(
                        designs(caseNumber) + "?version=V1&unit=MILLIMETRE",
                        "model/stl",
                        StlWriter.binary("cube", cube(10))),
                201);
        String path = designs(caseNumber) + "/V1/min-wall";
        var first =
                expect(engineer.put(path, "{\"minWall\":{\"value\":1.4,\"unit\":\"mm\"}}"), 200)
                        .json();
        assertThat(value(first, "minWall")).isEqualByComparingTo("1.4");
        assertThat(engineer.put(path, "{\"minWall\":{\"value\":1.3,\"unit\":\"mm\"}}").status())
                .isEqualTo(422);
        var corrected =
                expect(
                                engineer.put(
                                        path,
                                        "{\"minWall\":{\"value\":1.3,\"unit\":\"mm\"},\"reason\":\"re-analysed\"}"),
                                200)
                        .json();
        assertThat(value(corrected, "minWall")).isEqualByComparingTo("1.3");
        assertThat(
                        engineer.put(
                                        path,
                                        "{\"minWall\":{\"value\":1.3,\"unit\":\"in\"},\"reason\":\"x\"}")
                                .status())
                .isEqualTo(422);
        assertThat(
                        People.as("QA")
                                .put(
                                        path,
                                        "{\"minWall\":{\"value\":1.3,\"unit\":\"mm\"},\"reason\":\"x\"}")
                                .status())
                .isEqualTo(403);
    }

    private static String designs(String caseNumber) {
        return "/api/cases/" + caseNumber + "/designs";
    }

    private static java.math.BigDecimal value(JsonObject json, String field) {
        return json.getJsonObject(field).getJsonNumber("value").bigDecimalValue();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Headers matter here, which the shared client does not show. */
    private static HttpResponse<byte[]> download(
            String caseNumber, String version, String password, String user) throws Exception {
        var request =
                HttpRequest.newBuilder(
                                URI.create(
                                        Api.BASE + designs(caseNumber) + "/" + version + "/file"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A missing field is a 400 from JSON binding or validation; a field that is present but wrong
     * is a 422 naming it.
     */
    private static void assertLocation(
            it.org.implantdhr.platform.Api.Answer answer, int status, String location) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (status == 422) {
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                    .as(answer.toString())
                    .isEqualTo(location);
        }
    }
}
