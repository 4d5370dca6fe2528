package it.org.implantdhr.inspection;

import static it.org.implantdhr.inspection.Fixtures.CMM_CSV;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class InspectionsIT {

    private static Api.Answer upload(
            Api who,
            String serial,
            String instrument,
            String format,
            String fileName,
            byte[] file,
            String more) {
        return who.upload(
                "/api/implants/"
                        + serial
                        + "/inspections?instrument="
                        + Api.q(instrument)
                        + "&format="
                        + format
                        + "&fileName="
                        + Api.q(fileName)
                        + more,
                format.equals("QIF") ? "application/xml" : "text/csv",
                file);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Tag("CFR-11.10c")
    void aCmmCsvIsStoredByteForByteWithEveryCharacteristic() {
        String serial = Fixtures.implant();
        String instrument = Fixtures.instrument(LocalDate.of(2030, 1, 31));
        byte[] file = csv(CMM_CSV);

        var answer =
                upload(
                        People.as("OPERATOR"),
                        serial,
                        instrument,
                        "CSV",
                        "cmm.csv",
                        file,
                        "&fitSurfaceInTolerancePct=99.5");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonObject inspection = answer.json();
        assertThat(inspection.getString("implantSerial")).isEqualTo(serial);
        assertThat(inspection.getJsonObject("instrument").getString("calibrationDue"))
                .isEqualTo("2030-01-31");
        assertThat(inspection.getJsonObject("inspector").getString("username"))
                .isEqualTo("it.operator");
        assertThat(
                        inspection
                                .getJsonObject("fitSurfaceInTolerance")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("99.5");
        var characteristics = inspection.getJsonArray("characteristics");
        assertThat(characteristics).hasSize(6);
        var second = characteristics.getJsonObject(1);
        assertThat(second.getString("name")).isEqualTo("H2 diameter");
        assertThat(second.getString("status")).isEqualTo("FAIL");
        assertThat(second.getBoolean("critical")).isTrue();
        assertThat(second.getJsonObject("measured").getJsonNumber("value").doubleValue())
                .isEqualTo(3.612);
        assertThat(second.getJsonObject("lowerTolerance").getJsonNumber("value").doubleValue())
                .isEqualTo(-0.1);
        assertThat(characteristics.getJsonObject(5).getString("name"))
                .isEqualTo("Rib arm length, left");
        assertThat(inspection.getJsonObject("file").getString("sha256")).isEqualTo(sha256(file));

        long id = inspection.getJsonNumber("id").longValue();
        var download = People.as("REGULATOR").get("/api/inspections/" + id + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(
                        People.as("ENGINEER")
                                .get("/api/inspections/" + id)
                                .json()
                                .getJsonArray("characteristics"))
                .hasSize(6);
        assertThat(People.as("QA").get("/api/implants/" + serial + "/inspections").array())
                .hasSize(1);
    }

    @Test
    void aQifResultsFileIsReadWithCriticalityAndTheGivenInspectionTime() {
        String serial = Fixtures.implant();
        String instrument = Fixtures.instrument();

        var answer =
                upload(
                        People.as("QA"),
                        serial,
                        instrument,
                        "QIF",
                        "results.qif",
                        Fixtures.qif(),
                        "&inspectedAt=2026-01-15T09:30:00Z");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        var inspection = answer.json();
        assertThat(inspection.getString("format")).isEqualTo("QIF");
        assertThat(inspection.getString("inspectedAt")).startsWith("2026-01-15T09:30");
        assertThat(
                        inspection.containsKey("fitSurfaceInTolerance")
                                && !inspection.isNull("fitSurfaceInTolerance"))
                .isFalse();
        var characteristics = inspection.getJsonArray("characteristics");
        assertThat(characteristics).hasSize(3);
        assertThat(characteristics.getJsonObject(0).getString("kind")).isEqualTo("HOLE_DIAMETER");
        assertThat(characteristics.getJsonObject(0).getBoolean("critical")).isTrue();
        assertThat(characteristics.getJsonObject(2).getString("kind")).isEqualTo("FIT_SURFACE");
        assertThat(characteristics.getJsonObject(2).getBoolean("critical")).isFalse();
    }

    /**
     * A QIF community sample (ejb test resources qif/community: Boost-licensed, see the README
     * there).
     */
    private static byte[] communitySample(String name) {
        try {
            return java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of(
                            "..", "ejb", "src", "test", "resources", "qif", "community", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "QIF_Results_Sample.QIF:11",
                "QIF_PTS_SAMPLE.QIF:26",
                "testPython30.qif:7",
                "WIDGET_QIF_RESULTS.QIF:42",
                "WIDGET_QIF_RESULTS_W_QPIDS.QIF:42",
                "SheetMetal_QIF_Results_sample_1.QIF:38"
            })
    void qifResultsAsCmmSoftwareWritesThemAreImported(String sampleAndCount) {
        String name = sampleAndCount.split(":")[0];
        String serial = Fixtures.implant();

        var answer =
                upload(
                        People.as("QA"),
                        serial,
                        Fixtures.instrument(),
                        "QIF",
                        name,
                        communitySample(name),
                        "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getJsonArray("characteristics"))
                .hasSize(Integer.parseInt(sampleAndCount.split(":")[1]));
    }

    @Test
    void aQifFileWithOnlyAnOverallVerdictIsRefusedAndNothingIsStored() {
        String serial = Fixtures.implant();
        String fileName = Unique.unique("overall") + ".qif";
        byte[] file = communitySample("mitutoyo_results_serialized_pass_fail_sample.QIF");
        Instant before = Instant.now().minusSeconds(1);

        var answer =
                upload(People.as("QA"), serial, Fixtures.instrument(), "QIF", fileName, file, "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("the file holds no characteristic");
        assertNothingStored(serial, fileName, file, before);
    }

    @Test
    void severalPartsInOneQifFileAreRefusedNamingTheElement() {
        String serial = Fixtures.implant();
        String fileName = Unique.unique("six") + ".qif";
        byte[] file = communitySample("SheetMetal_QIF_Results_6_samples.QIF");
        Instant before = Instant.now().minusSeconds(1);

        var answer =
                upload(People.as("QA"), serial, Fixtures.instrument(), "QIF", fileName, file, "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("element /QIFDocument/Results/MeasurementResultsSet");
        assertNothingStored(serial, fileName, file, before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a column missing
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,PASS\n",
                // an extra column
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical,remark\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,PASS,true,x\n",
                // not a number
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,abc,mm,PASS,true\n",
                // NaN and infinity
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,NaN,mm,PASS,true\n",
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,Infinity,-0.1,0.1,3.5,mm,PASS,true\n",
                // wrong and missing unit
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,cm,PASS,true\n",
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,,PASS,true\n",
                // unknown status and kind
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,OK,true\n",
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,RIB_LENGTH,3.5,-0.1,0.1,3.5,mm,PASS,true\n",
                // a name twice
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,PASS,true\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.6,mm,PASS,true\n",
                // truncated: the last row stops short
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,PASS,true\nH2,HOLE_DIAM",
                // header only, and nothing at all
                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\n",
                ""
            })
    void aBadCsvIsRefusedNamingWhereAndNothingIsStored(String content) {
        String serial = Fixtures.implant();
        String fileName = Unique.unique("bad") + ".csv";
        Instant before = Instant.now().minusSeconds(1);

        var answer =
                upload(
                        People.as("OPERATOR"),
                        serial,
                        Fixtures.instrument(),
                        "CSV",
                        fileName,
                        csv(content),
                        "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors")).isNotEmpty();
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isNotBlank();
        assertNothingStored(serial, fileName, csv(content), before);
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNeverResolved() {
        String serial = Fixtures.implant();
        String fileName = Unique.unique("xxe") + ".qif";
        Instant before = Instant.now().minusSeconds(1);
        byte[] xxe =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE QIFDocument [ <!ENTITY passwd SYSTEM "file:///etc/passwd"> ]>
                <QIFDocument xmlns="http://qifstandards.org/xsd/qif3" versionQIF="3.0.0">
                  <Header><Application><Name>&passwd;</Name></Application></Header>
                </QIFDocument>
                """
                        .getBytes(StandardCharsets.UTF_8);

        var answer =
                upload(People.as("QA"), serial, Fixtures.instrument(), "QIF", fileName, xxe, "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.text()).doesNotContain("root:").doesNotContain("/bin/");
        assertNothingStored(serial, fileName, xxe, before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<QIFDocument xmlns=\"http://qifstandards.org/xsd/qif3\"><Characteristics>",
                "<?xml version=\"1.0\"?><Inspection/>",
                "not xml at all"
            })
    void aBrokenOrForeignXmlIsRefused(String content) {
        String serial = Fixtures.implant();
        String fileName = Unique.unique("bad") + ".qif";
        Instant before = Instant.now().minusSeconds(1);

        var answer =
                upload(
                        People.as("QA"),
                        serial,
                        Fixtures.instrument(),
                        "QIF",
                        fileName,
                        csv(content),
                        "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertNothingStored(serial, fileName, csv(content), before);
    }

    @Test
    void aCsvSentAsQifIsRefused() {
        String serial = Fixtures.implant();
        var answer =
                upload(
                        People.as("QA"),
                        serial,
                        Fixtures.instrument(),
                        "QIF",
                        "x.qif",
                        csv(CMM_CSV),
                        "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    }

    @Test
    void unknownReferencesAndBadParametersAreRefused() {
        var qa = People.as("QA");
        String instrument = Fixtures.instrument();
        byte[] file = csv(CMM_CSV);
        var unknownImplant =
                upload(
                        qa,
                        "SN-NOT-THERE-" + System.nanoTime(),
                        instrument,
                        "CSV",
                        "a.csv",
                        file,
                        "");
        assertThat(unknownImplant.status()).as(unknownImplant.toString()).isEqualTo(422);
        assertThat(
                        unknownImplant
                                .json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("location"))
                .isEqualTo("implant");

        String serial = Fixtures.implant();
        var unknownInstrument = upload(qa, serial, "NO-SUCH-CMM", "CSV", "a.csv", file, "");
        assertThat(unknownInstrument.status()).isEqualTo(422);
        assertThat(
                        unknownInstrument
                                .json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("location"))
                .isEqualTo("instrument");
        assertThat(upload(qa, serial, instrument, "PDF", "a.csv", file, "").status())
                .isEqualTo(422);
        assertThat(
                        upload(
                                        qa,
                                        serial,
                                        instrument,
                                        "CSV",
                                        "a.csv",
                                        file,
                                        "&fitSurfaceInTolerancePct=100.5")
                                .status())
                .isEqualTo(422);
        assertThat(
                        upload(
                                        qa,
                                        serial,
                                        instrument,
                                        "CSV",
                                        "a.csv",
                                        file,
                                        "&fitSurfaceInTolerancePct=99.555")
                                .status())
                .isEqualTo(422);
        assertThat(
                        upload(
                                        qa,
                                        serial,
                                        instrument,
                                        "CSV",
                                        "a.csv",
                                        file,
                                        "&fitSurfaceInTolerancePct=most")
                                .status())
                .isEqualTo(422);
        assertThat(
                        upload(
                                        qa,
                                        serial,
                                        instrument,
                                        "CSV",
                                        "a.csv",
                                        file,
                                        "&inspectedAt=2999-01-01T00:00:00Z")
                                .status())
                .isEqualTo(422);
        assertThat(
                        upload(
                                        qa,
                                        serial,
                                        instrument,
                                        "CSV",
                                        "a.csv",
                                        file,
                                        "&inspectedAt=yesterday")
                                .status())
                .isEqualTo(400);
        assertThat(qa.get("/api/implants/" + serial + "/inspections").array()).isEmpty();
        assertThat(qa.get("/api/inspections/999999999").status()).isEqualTo(404);
        assertThat(qa.get("/api/implants/SN-NOT-THERE/inspections").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENGINEER", "REGULATOR", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void onlyOperatorsAndQualityRecordInspections(String role) {
        var answer = upload(People.as(role), "SN-ANY-1", "ANY", "CSV", "a.csv", csv(CMM_CSV), "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void surgeonsAndAdministratorsDoNotReadInspections(String role) {
        assertThat(People.as(role).get("/api/inspections/1").status()).isEqualTo(403);
        assertThat(People.as(role).get("/api/instruments").status()).isEqualTo(403);
    }

    @Test
    void instrumentsAreRegisteredOnceAndRecalibratedWithAReason() {
        String code = Fixtures.instrument(LocalDate.of(2027, 3, 1));
        var qa = People.as("QA");
        var duplicate =
                People.as("ENGINEER")
                        .post(
                                "/api/instruments",
                                """
                {"code":"%s","type":"3D scanner","calibrationDue":"2028-01-01"}"""
                                        .formatted(code));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        var missingDate =
                qa.post(
                        "/api/instruments",
                        """
                {"code":"%s","type":"CMM"}"""
                                .formatted(Unique.unique("CMM")));
        assertThat(missingDate.status()).isEqualTo(400);
        var byOperator =
                People.as("OPERATOR")
                        .post(
                                "/api/instruments",
                                """
                {"code":"%s","type":"CMM","calibrationDue":"2028-01-01"}"""
                                        .formatted(Unique.unique("CMM")));
        assertThat(byOperator.status()).isEqualTo(403);

        assertThat(
                        qa.put(
                                        "/api/instruments/" + code + "/calibration",
                                        """
                {"calibrationDue":"2028-03-01"}""")
                                .status())
                .isEqualTo(400);
        var recalibrated =
                qa.put(
                        "/api/instruments/" + code + "/calibration",
                        """
                {"calibrationDue":"2028-03-01","reason":"annual calibration, certificate K-17"}""");
        assertThat(recalibrated.status()).as(recalibrated.toString()).isEqualTo(200);
        assertThat(
                        People.as("REGULATOR")
                                .get("/api/instruments/" + code)
                                .json()
                                .getString("calibrationDue"))
                .isEqualTo("2028-03-01");
        assertThat(qa.get("/api/instruments/NOPE-" + System.nanoTime()).status()).isEqualTo(404);
    }

    /**
     * No inspection on the implant, and neither the file nor an inspection in the audit trail since
     * the upload.
     */
    private static void assertNothingStored(
            String serial, String fileName, byte[] content, Instant since) {
        var qa = People.as("QA");
        assertThat(qa.get("/api/implants/" + serial + "/inspections").array()).isEmpty();
        var files =
                qa.get("/api/audit?recordType=EvidenceFile&from=" + since + "&limit=1000").array();
        assertThat(files.stream().map(JsonObject.class::cast).map(e -> e.getString("recordLabel")))
                .doesNotContain(fileName);
        String sha = sha256(content);
        var inspections =
                qa.get("/api/audit?recordType=DimensionalInspection&from=" + since + "&limit=1000")
                        .array();
        assertThat(
                        inspections.stream()
                                .map(JsonObject.class::cast)
                                .map(e -> e.getString("newValue", "")))
                .noneMatch(v -> v.contains(sha));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
