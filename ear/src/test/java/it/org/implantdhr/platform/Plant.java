package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.implantdhr.demo.control.DemoEvidence;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.implantdhr.inspection.control.InspectionResults;

/**
 * The fixture builder of the integration tests: a small plant of a test's own, recorded through the
 * API as the demo plant's people would record it (on the demo's machine, furnace and instruments),
 * so that every test builds exactly the records it needs and shares none with another test.
 *
 * <p>A plant has its own powder lot and batch, separation-plate lot, one build with its layer log
 * and coupons, one stress-relief run with its furnace chart, and the finishing, cleaning,
 * inspection and weighing of each implant. By default every implant conforms; the options below
 * give the plant one deliberate defect. The operators and engineers record; quinn.qa evaluates and
 * releases, so four eyes hold.
 *
 * <pre>{@code
 * String serial = Plant.implants(1).released().serial();
 * Plant.Recorded slices = Plant.implants(1).ctSlices("1.25").recorded();   // IMG-SLICE fails
 * }</pre>
 *
 * <p>Time: the plant's history lies in the past (day zero is eight days ago) and is recorded on the
 * test server's demo recording clock ({@link Api#at}), so that every record is made after what it
 * records and every e-signature precedes what depends on it.
 */
public final class Plant {

    public static final Api OLGA = Api.as("olga.operator", "olga.operator-demo");
    public static final Api OSCAR = Api.as("oscar.operator", "oscar.operator-demo");
    public static final Api ERIN = Api.as("erin.engineer", "erin.engineer-demo");
    public static final Api ETHAN = Api.as("ethan.engineer", "ethan.engineer-demo");

    /** The QA who evaluates and releases plants' implants; recorded none of their evidence. */
    public static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");

    public static final String QUINN_PASSWORD = "quinn.qa-demo";
    public static final Api RITA = Api.as("rita.regulator", "rita.regulator-demo");
    public static final String SAM = "sam.surgeon";
    public static final String SOFIA = "sofia.surgeon";

    private final int count;
    private String surgeon;
    private String pathway = "CUSTOM_MADE";
    private String sliceThickness = "0.625";
    private Integer plateShelfLifeDays;
    private boolean oxygenExcursion;
    private boolean thermocoupleDipInSoak;
    private boolean oversizeHole;
    private String nonconformance;
    private String powderLot;

    private Plant(int count) {
        this.count = count;
    }

    /** A plant of {@code count} implants, conforming unless an option says otherwise. */
    public static Plant implants(int count) {
        assertThat(count).as("implants of a plant").isBetween(1, 12);
        return new Plant(count);
    }

    /**
     * Every case is this demo surgeon's ({@link #SAM} or {@link #SOFIA}); by default they
     * alternate, sam first.
     */
    public Plant ofSurgeon(String demoSurgeon) {
        this.surgeon = demoSurgeon;
        return this;
    }

    /** Patient-matched devices (with a UDI-DI) instead of custom-made ones. */
    public Plant patientMatched() {
        this.pathway = "PATIENT_MATCHED";
        return this;
    }

    /** The CT scans' slice thickness in mm; above 1 mm the plan fails IMG-SLICE. */
    public Plant ctSlices(String millimetres) {
        this.sliceThickness = millimetres;
        return this;
    }

    /**
     * The separation plates expire this many days after day zero (before the operation: CMP-EXPIRY
     * fails).
     */
    public Plant platesExpiringAfterDays(int days) {
        this.plateShelfLifeDays = days;
        return this;
    }

    /**
     * The build's layer log holds O2 above 1500 ppm for eight layers (about three minutes): BLD-O2
     * fails.
     */
    public Plant oxygenExcursion() {
        this.oxygenExcursion = true;
        return this;
    }

    /**
     * A load thermocouple dips out of the band for three minutes in the middle of the soak: HT-SOAK
     * fails.
     */
    public Plant thermocoupleDipInSoak() {
        this.thermocoupleDipInSoak = true;
        return this;
    }

    /**
     * Each implant's CMM report has a critical fixation hole (HOLE-2-DIA) 0.25 mm oversize:
     * DIM-CRITICAL fails.
     */
    public Plant oversizeHole() {
        this.oversizeHole = true;
        return this;
    }

    /**
     * After the inspection the QA manager (mia.qamanager) opens a nonconformance with this
     * description on each implant, not tied to a check (REC-NCR holds the implant while it is
     * open).
     */
    public Plant openNonconformance(String description) {
        this.nonconformance = description;
        return this;
    }

    /**
     * The plant's powder batch is sieved from this powder lot, recorded by an earlier plant,
     * instead of a lot of its own: one recall of the lot then reaches the implants of every such
     * plant.
     */
    public Plant fromPowderLot(String lotNumber) {
        this.powderLot = lotNumber;
        return this;
    }

    /** Records the plant; no implant is evaluated. */
    public Recorded recorded() {
        TestServer.setUp();
        return new Recorder(this).record();
    }

    /** Records the plant and releases each implant (evaluation, then quinn.qa's e-signature). */
    public Recorded released() {
        Recorded plant = recorded();
        plant.serials().forEach(Plant::release);
        return plant;
    }

    /**
     * Records the plant, releases each implant, and records its operation now by the surgeon of its
     * case, with the plant's separation-plate lot ({@link #operation}).
     */
    public Recorded implanted() {
        Recorded plant = released();
        for (int i = 0; i < plant.serials().size(); i++) {
            ok(
                    plant.surgeon(i)
                            .post(
                                    "/api/implantations",
                                    operation(
                                            plant.serials().get(i),
                                            plant.componentLot(),
                                            Instant.now())),
                    "operation " + plant.serials().get(i));
        }
        return plant;
    }

    /**
     * The JSON of an operation (POST /api/implantations) of an implant with a plate of the plant's
     * lot (supplier and catalogue number as {@link Plant} records them), admitted the day before.
     */
    public static String operation(String serial, String plateLot, Instant operatedAt) {
        return """
                {"serialNumber":"%s","operatedAt":"%s","durationMinutes":185,
                 "plateSupplier":"Zeus Industrial Products","plateCatalogueNumber":"PTFE-SP-120","plateLotNumber":"%s",
                 "ribsResected":3,"ribLevels":"right 4-6","sternumResection":"NONE",
                 "defectLengthMm":120.5,"defectWidthMm":95,"admissionDate":"%s"}"""
                .formatted(
                        serial,
                        operatedAt,
                        plateLot,
                        LocalDate.ofInstant(operatedAt, ZoneOffset.UTC).minusDays(1));
    }

    /**
     * What a plant recorded: the numbers to trace or recall, the cases and the implants, in order,
     * and the demo surgeon of each case.
     */
    public record Recorded(
            String powderLot,
            String powderBatch,
            String componentLot,
            String build,
            String heatTreatmentRun,
            List<String> caseNumbers,
            List<String> serials,
            List<String> surgeons) {

        /** The demo surgeon of the i-th case (0-based), signed in. */
        public Api surgeon(int i) {
            return Api.as(surgeons.get(i), surgeons.get(i) + "-demo");
        }

        /** The plant's first implant. */
        public String serial() {
            return serials.get(0);
        }

        public String caseNumber() {
            return caseNumbers.get(0);
        }

        /**
         * Evaluates and releases every implant at that past moment (the demo recording clock), as
         * quinn.qa: the evaluation then, the release a minute later.
         */
        public Recorded releasedAt(Instant released) {
            for (String serial : serials) {
                ok(
                        QUINN.at(released).post("/api/implants/" + serial + "/evaluations", ""),
                        "evaluation " + serial);
                ok(
                        QUINN.at(released.plusSeconds(60))
                                .post(
                                        "/api/implants/" + serial + "/release",
                                        "{\"password\":\""
                                                + QUINN_PASSWORD
                                                + "\",\"zone\":\"Europe/Berlin\"}"),
                        "release " + serial);
            }
            return this;
        }
    }

    /** Evaluates a conforming implant (no finding may fail or warn) and releases it as quinn.qa. */
    public static void release(String serial) {
        JsonObject evaluation = evaluate(serial);
        // REC-SIGNATURE and REC-FOUR-EYES are judged on the release signature: before it, only no
        // FAIL counts
        assertThat(
                        evaluation.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                                .filter(
                                        f ->
                                                f.getString("outcome").equals("FAIL")
                                                        || f.getString("outcome").equals("WARN")
                                                        || f.getString("outcome").equals("MISSING")
                                                                && !f.getString("checkId")
                                                                        .startsWith("REC-"))
                                .map(
                                        f ->
                                                f.getString("checkId")
                                                        + " "
                                                        + f.getString("outcome")
                                                        + " "
                                                        + f.getString("measured"))
                                .toList())
                .as("findings of " + serial)
                .isEmpty();
        ok(
                QUINN.post(
                        "/api/implants/" + serial + "/release",
                        "{\"password\":\"" + QUINN_PASSWORD + "\",\"zone\":\"Europe/Berlin\"}"),
                "release " + serial);
    }

    /** The rules' evaluation of the implant's record now, by quinn.qa. */
    public static JsonObject evaluate(String serial) {
        return ok(
                        QUINN.post("/api/implants/" + serial + "/evaluations", ""),
                        "evaluation " + serial)
                .json();
    }

    private static Api.Answer ok(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isIn(200, 201);
        return answer;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }

    /** A one-page PDF, as a supplier's certificate. */
    public static byte[] onePagePdf(String title) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(60, 780);
                text.showText(title + " (test document)");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records one plant; the layout follows the demo plant (see
     * org.implantdhr.demo.control.DemoPlant).
     */
    /**
     * Where the build job places each implant: a grid of 40 mm slots on the machine's 250 mm plate,
     * from (20.0, 20.0), slots named P1, P2…
     */
    public static String platePositions(List<String> serials) {
        var positions = new ArrayList<String>();
        for (int k = 0; k < serials.size(); k++) {
            positions.add(
                    "\"%s\":{\"x\":%s,\"y\":%s,\"label\":\"P%d\"}"
                            .formatted(
                                    serials.get(k),
                                    20 + 40 * (k % 5) + ".0",
                                    20 + 40 * (k / 5) + ".0",
                                    k + 1));
        }
        return String.join(",", positions);
    }

    private static final class Recorder {

        private final Plant plan;
        private final int count;
        private final String tag;
        private final Instant dayZero =
                Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(8, ChronoUnit.DAYS);
        private final LocalDate today = LocalDate.ofInstant(dayZero, ZoneOffset.UTC);
        private final Instant productionStart = dayZero.plus(10, ChronoUnit.MINUTES);

        /** The moment of the plant's history that the calls record now. */
        private Instant moment = dayZero.minus(1, ChronoUnit.HOURS);

        private final DemoEvidence evidence =
                new DemoEvidence(ThreadLocalRandom.current().nextLong());
        private final List<String> serials = new ArrayList<>();
        private final List<String> caseNumbers = new ArrayList<>();
        private final List<String> surgeons = new ArrayList<>();

        Recorder(Plant plan) {
            this.plan = plan;
            this.count = plan.count;
            this.tag = Unique.tag();
        }

        private Api at(Api caller) {
            return caller.at(moment);
        }

        private Instant hoursAfterStart(double hours) {
            return productionStart.plusSeconds(Math.round(hours * 3600));
        }

        Recorded record() {
            String lot = plan.powderLot != null ? plan.powderLot : "PL-" + tag,
                    batch = "PB-" + tag,
                    plates = "PTFE-" + tag,
                    build = "B-" + tag,
                    run = "HT-" + tag;
            powder(lot, batch);
            plates(plates);
            moment = dayZero;
            for (int i = 1; i <= count; i++) {
                caseWithApprovedDesign(i);
            }
            build(build, batch);
            heatTreatment(run, build);
            for (int i = 1; i <= count; i++) {
                finishing(i, plates);
            }
            cleaning("CR-" + tag);
            for (int i = 1; i <= count; i++) {
                inspection(i);
            }
            if (plan.nonconformance != null) {
                nonconformances(plan.nonconformance);
            }
            return new Recorded(
                    lot,
                    batch,
                    plates,
                    build,
                    run,
                    List.copyOf(caseNumbers),
                    List.copyOf(serials),
                    List.copyOf(surgeons));
        }

        private void powder(String lot, String batch) {
            if (plan.powderLot == null) {
                powderLot(lot);
            }
            ok(
                    at(OLGA).post(
                                    "/api/powder-batches",
                                    """
                    {"batchNumber":"%s","powderType":"VIRGIN","virginUsedRatio":"100:0","reuseCount":0,"inhouseOxygen":null,
                     "sievedOn":"%s","lots":{"%s":1}}"""
                                            .formatted(batch, today.minusDays(15), lot)),
                    "powder batch");
        }

        private void powderLot(String lot) {
            ok(
                    at(OLGA).post(
                                    "/api/powder-lots",
                                    """
                    {"lotNumber":"%s","supplier":"AP&C Advanced Powders","materialSpec":"ASTM F3001 Grade 23 (Ti-6Al-4V ELI)",
                     "heatNumber":"H-%s","atomization":"PLASMA","receivedOn":"%s","certificateLotNumber":"%s",
                     "chemistry":{"Al":{"value":6.12,"unit":"wt%%"},"V":{"value":4.01,"unit":"wt%%"},"Fe":{"value":0.19,"unit":"wt%%"},
                       "O":{"value":0.11,"unit":"wt%%"},"C":{"value":0.02,"unit":"wt%%"},"N":{"value":0.012,"unit":"wt%%"},
                       "H":{"value":0.0030,"unit":"wt%%"},"Y":{"value":0.001,"unit":"wt%%"},"otherEach":{"value":0.05,"unit":"wt%%"},
                       "otherTotal":{"value":0.20,"unit":"wt%%"}},
                     "particleSize":{"d10":{"value":21.5,"unit":"µm"},"d50":{"value":34.8,"unit":"µm"},"d90":{"value":49.6,"unit":"µm"},
                       "oversize":{"value":0.08,"unit":"wt%%"}},
                     "flow":{"hall":{"value":28.4,"unit":"s/50g"}},"apparentDensity":{"value":2.46,"unit":"g/cm3"},
                     "tapDensity":{"value":2.81,"unit":"g/cm3"}}"""
                                            .formatted(lot, tag, today.minusMonths(2), lot)),
                    "powder lot");
            ok(
                    at(OLGA).upload(
                                    "/api/powder-lots/"
                                            + lot
                                            + "/certificate?fileName=CoA-"
                                            + lot
                                            + ".pdf",
                                    "application/pdf",
                                    onePagePdf("Certificate of Analysis, lot " + lot)),
                    "powder certificate");
        }

        private void plates(String lot) {
            LocalDate expiry =
                    plan.plateShelfLifeDays == null
                            ? today.plusYears(2)
                            : today.plusDays(plan.plateShelfLifeDays);
            ok(
                    at(OLGA).post(
                                    "/api/component-lots",
                                    """
                    {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s","material":"PTFE",
                     "expiryDate":"%s","sterile":true,"sterilisationMethod":"ETHYLENE_OXIDE"}"""
                                            .formatted(lot, expiry)),
                    "plate lot");
            ok(
                    at(OLGA).upload(
                                    "/api/component-lots/Zeus%20Industrial%20Products/PTFE-SP-120/"
                                            + lot
                                            + "/certificate?fileName=CoC-"
                                            + lot
                                            + ".pdf",
                                    "application/pdf",
                                    onePagePdf("Certificate of Conformance, lot " + lot)),
                    "plate certificate");
        }

        private String serial(int i) {
            return "CW-" + tag + "-" + i;
        }

        private String caseNumber(int i) {
            return "CASE-" + tag + "-" + i;
        }

        private void caseWithApprovedDesign(int i) {
            String caseNumber = caseNumber(i);
            String surgeon = plan.surgeon != null ? plan.surgeon : i % 2 == 1 ? SAM : SOFIA;
            surgeons.add(surgeon);
            boolean patientMatched = plan.pathway.equals("PATIENT_MATCHED");
            ok(
                    at(ERIN).post(
                                    "/api/cases",
                                    """
                    {"caseNumber":"%s","hospital":"Universitätsklinikum Heidelberg","surgeon":"%s","patientPseudonym":"PT-%04d",
                     "regulatoryPathway":"%s","plannedSurgeryDate":"%s",
                     "deviceName":"Patient-specific chest-wall reconstruction plate","deviceModel":"CW-PLATE-TI64",
                     "prescriptionReference":"RX-%s"}"""
                                            .formatted(
                                                    caseNumber,
                                                    surgeon,
                                                    ThreadLocalRandom.current()
                                                            .nextInt(1000, 10000),
                                                    plan.pathway,
                                                    today.plusDays(12),
                                                    caseNumber)),
                    "case");
            ok(
                    at(ERIN).post(
                                    "/api/cases/" + caseNumber + "/imaging",
                                    """
                    {"studyUid":"1.2.826.0.1.3680043.10.1085.%d","modality":"CT","scanDate":"%s",
                     "sliceThickness":{"value":%s,"unit":"mm"},"sliceIncrement":{"value":%s,"unit":"mm"},
                     "scannerModel":"Siemens SOMATOM Force"}"""
                                            .formatted(
                                                    ThreadLocalRandom.current().nextLong(1L << 40),
                                                    today.minusDays(5),
                                                    plan.sliceThickness,
                                                    plan.sliceThickness)),
                    "imaging");
            ok(
                    at(ERIN).upload(
                                    "/api/cases/"
                                            + caseNumber
                                            + "/designs?version=1&unit=MILLIMETRE&minWall=2.8&minWallUnit=mm"
                                            + "&fileName="
                                            + caseNumber
                                            + "-plate.stl",
                                    "model/stl",
                                    DemoEvidence.chestWallPlateStl(140 + i, 3, 55 + i, 110 + i)),
                    "design");
            String approval = "/api/cases/" + caseNumber + "/designs/1/approvals";
            ok(
                    at(ERIN).post(
                                    approval,
                                    "{\"password\":\"erin.engineer-demo\",\"zone\":\"Europe/Berlin\"}"),
                    "approval");
            ok(
                    at(Api.as(surgeon, surgeon + "-demo"))
                            .post(
                                    approval,
                                    "{\"password\":\""
                                            + surgeon
                                            + "-demo\",\"zone\":\"Europe/Berlin\"}"),
                    "surgeon approval");
            ok(
                    at(ERIN).post(
                                    "/api/implants",
                                    """
                    {"serialNumber":"%s","caseNumber":"%s","designVersion":"1","udiDi":%s}"""
                                            .formatted(
                                                    serial(i),
                                                    caseNumber,
                                                    patientMatched
                                                            ? "\"(01)0761234567890"
                                                                    + (i % 10)
                                                                    + "\""
                                                            : "null")),
                    "implant");
            caseNumbers.add(caseNumber);
            serials.add(serial(i));
        }

        private void build(String buildNumber, String batch) {
            List<String> coupons = coupons(buildNumber);
            String couponJson =
                    coupons.stream()
                            .map(
                                    c ->
                                            "{\"couponCode\":\"%s\",\"purpose\":\"%s\"}"
                                                    .formatted(
                                                            c,
                                                            c.contains("-T")
                                                                    ? "TENSILE"
                                                                    : "CHEMISTRY"))
                            .collect(Collectors.joining(","));
            moment = productionStart.minus(5, ChronoUnit.MINUTES);
            ok(
                    at(OLGA).post(
                                    "/api/builds",
                                    """
                    {"buildNumber":"%s","machine":"M-LPBF-01","parameterSet":{"name":"TI64-ELI-CW-LPBF","version":"1.0"},
                     "powderBatch":"%s","operator":"olga.operator","programmer":"ethan.engineer","buildPlateId":"BP-%s",
                     "shieldingGas":"ARGON","implants":[%s],"designHashes":{%s},"platePositions":{%s},"coupons":[%s]}"""
                                            .formatted(
                                                    buildNumber,
                                                    batch,
                                                    tag,
                                                    quoted(serials),
                                                    serials.stream()
                                                            .map(
                                                                    s ->
                                                                            "\""
                                                                                    + s
                                                                                    + "\":\""
                                                                                    + approvedDesignHash(
                                                                                            s)
                                                                                    + "\"")
                                                            .collect(Collectors.joining(",")),
                                                    platePositions(serials),
                                                    couponJson)),
                    "build");
            var log =
                    evidence.buildLog(
                            productionStart,
                            3000,
                            plan.oxygenExcursion ? 1700 : 0,
                            plan.oxygenExcursion ? 8 : 0,
                            0);
            moment = hoursAfterStart(20);
            ok(
                    at(OLGA).upload(
                                    "/api/builds/"
                                            + buildNumber
                                            + "/log?fileName="
                                            + buildNumber
                                            + "-layers.csv",
                                    "text/csv",
                                    DemoEvidence.csv(log)),
                    "layer log");
            moment = hoursAfterStart(48);
            for (String coupon : coupons) {
                String values =
                        coupon.contains("-T")
                                ? """
                          "uts":{"value":958,"unit":"MPa"},"yieldStrength":{"value":871,"unit":"MPa"},
                          "elongation":{"value":14.2,"unit":"%"},"reductionOfArea":{"value":41,"unit":"%"}"""
                                : "\"oxygen\":{\"value\":0.12,\"unit\":\"wt%\"},\"nitrogen\":{\"value\":0.02,\"unit\":\"wt%\"},"
                                        + "\"hydrogen\":{\"value\":0.004,\"unit\":\"wt%\"},\"relativeDensity\":{\"value\":99.8,\"unit\":\"%\"}";
                ok(
                        at(OSCAR)
                                .post(
                                        "/api/coupons/" + coupon + "/results",
                                        """
                        {"testStandard":"%s","laboratory":"Materialprüfanstalt Stuttgart (DAkkS D-PL-11140-01)","testedOn":"%s",
                         "testedBy":"Dr. Jana Weber",%s}"""
                                                .formatted(
                                                        coupon.contains("-T")
                                                                ? "ASTM E8/E8M"
                                                                : "ASTM E1409 / E1447, ASTM B311",
                                                        today.plusDays(2),
                                                        values)),
                        "coupon result");
            }
        }

        private String approvedDesignHash(String serial) {
            String caseNumber = caseNumbers.get(serials.indexOf(serial));
            var m =
                    Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"")
                            .matcher(ERIN.get("/api/cases/" + caseNumber + "/designs/1").text());
            assertThat(m.find()).as("design hash of " + caseNumber).isTrue();
            return m.group(1);
        }

        private void heatTreatment(String runNumber, String build) {
            FurnaceChart chart =
                    evidence.furnaceChart(hoursAfterStart(21), 150, plan.thermocoupleDipInSoak);
            // the run and its chart are recorded once the logger's chart ends, after the door
            // opened
            moment = chart.timestamp(chart.sampleCount() - 1).plus(5, ChronoUnit.MINUTES);
            ok(
                    at(OLGA).post(
                                    "/api/heat-treatment-runs",
                                    """
                    {"runNumber":"%s","furnace":"F-VAC-02","recipe":"SR-800-2H","operator":"olga.operator","atmosphere":"VACUUM",
                     "doorOpenedAt":"%s","implantSerials":[%s],"couponCodes":[%s]}"""
                                            .formatted(
                                                    runNumber,
                                                    DemoEvidence.doorOpening(chart),
                                                    quoted(serials),
                                                    quoted(coupons(build)))),
                    "heat treatment");
            ok(
                    at(OLGA).upload(
                                    "/api/heat-treatment-runs/"
                                            + runNumber
                                            + "/chart?fileName="
                                            + runNumber
                                            + "-F-VAC-02.csv",
                                    "text/csv",
                                    DemoEvidence.csv(chart)),
                    "furnace chart");
        }

        private void finishing(int i, String plates) {
            String serial = serial(i);
            Instant separated = hoursAfterStart(30 + i * 0.25);
            moment = separated.plus(10, ChronoUnit.MINUTES);
            operation(serial, "SEPARATION", "Wire EDM Sodick AG400L", "CW-SEP", "2", separated);
            moment = separated.plus(130, ChronoUnit.MINUTES);
            operation(
                    serial,
                    "MACHINING",
                    "DMG MORI DMU 50",
                    "CW-FINISH",
                    "3",
                    separated.plus(2, ChronoUnit.HOURS));
            ok(
                    at(OSCAR)
                            .post(
                                    "/api/implants/" + serial + "/component",
                                    """
                    {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s"}"""
                                            .formatted(plates)),
                    "plate for " + serial);
        }

        private void operation(
                String serial,
                String type,
                String equipment,
                String program,
                String version,
                Instant at) {
            ok(
                    at(OLGA).post(
                                    "/api/process-operations",
                                    """
                    {"implantSerial":"%s","type":"%s","equipment":"%s","programId":"%s","programVersion":"%s",
                     "operator":"olga.operator","performedAt":"%s","visualResult":"PASS"}"""
                                            .formatted(
                                                    serial, type, equipment, program, version, at)),
                    type + " " + serial);
        }

        private void cleaning(String runNumber) {
            Instant cleaned = hoursAfterStart(30 + count * 0.25 + 3);
            moment = cleaned.plus(1, ChronoUnit.HOURS);
            ok(
                    at(OSCAR)
                            .post(
                                    "/api/cleaning-runs",
                                    """
                    {"runNumber":"%s","processId":"CLN-TI-US","processVersion":"2","cleaningFamily":"CHEST-WALL-LATTICE",
                     "operator":"oscar.operator","performedAt":"%s","implantSerials":[%s]}"""
                                            .formatted(runNumber, cleaned, quoted(serials))),
                    "cleaning run");
            for (String serial : serials) {
                ok(
                        at(OSCAR)
                                .post(
                                        "/api/cleaning-runs/" + runNumber + "/results",
                                        """
                        {"implantSerial":"%s","visualResult":"PASS","residualParticles":7,"endotoxin":{"value":2.5,"unit":"EU"},
                         "toc":{"value":0.12,"unit":"mg"},"testedBy":"Dr. Lena Hoffmann","laboratory":"Nelson Labs Europe"}"""
                                                .formatted(serial)),
                        "cleanliness " + serial);
            }
        }

        private void inspection(int i) {
            String serial = serial(i);
            moment = hoursAfterStart(30 + count * 0.25 + 6 + i * 0.1);
            InspectionResults results = evidence.inspection(plan.oversizeHole);
            ok(
                    at(OSCAR)
                            .upload(
                                    "/api/implants/"
                                            + serial
                                            + "/inspections?instrument=CMM-ZEISS-01&format=CSV"
                                            + "&fitSurfaceInTolerancePct=100&fileName="
                                            + serial
                                            + "-cmm.csv",
                                    "text/csv",
                                    DemoEvidence.csv(results)),
                    "inspection " + serial);
            ok(
                    at(OSCAR)
                            .post(
                                    "/api/implants/" + serial + "/mass",
                                    """
                    {"value":%s,"unit":"g"}"""
                                            .formatted(expectedMass(i))),
                    "mass " + serial);
        }

        private void nonconformances(String description) {
            moment = moment.plus(1, ChronoUnit.HOURS);
            Api mia = Api.as("mia.qamanager", "mia.qamanager-demo");
            for (String serial : serials) {
                ok(
                        at(mia).post(
                                        "/api/nonconformances",
                                        """
                        {"implantSerial":"%s","description":"%s"}"""
                                                .formatted(
                                                        serial,
                                                        description
                                                                .replace("\\", "\\\\")
                                                                .replace("\"", "\\\""))),
                        "nonconformance " + serial);
            }
        }

        /** 1 % above the design volume × 4.43 g/cm³, as in the demo plant. */
        private static String expectedMass(int i) {
            double rIn = 140 + i,
                    volumeMm3 =
                            (Math.pow(rIn + 3, 2) - rIn * rIn)
                                    / 2
                                    * Math.toRadians(55 + i)
                                    * (110 + i);
            return "%.1f".formatted(volumeMm3 / 1000 * 4.43 * 1.01).replace(',', '.');
        }

        private static List<String> coupons(String build) {
            return List.of(build + "-T1", build + "-T2", build + "-T3", build + "-C1");
        }
    }
}
