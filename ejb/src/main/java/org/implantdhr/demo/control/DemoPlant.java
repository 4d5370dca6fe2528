package org.implantdhr.demo.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.heattreatment.control.FurnaceChart;

/**
 * The demo plant's recent history, recorded through the API as its people would: 20 chest-wall
 * implants for 20 patients over six builds and two stress-relief runs, mostly conforming, and one
 * deliberate defect for each section of the release specification, so that the release rules have
 * real cases to decide:
 *
 * <ul>
 *   <li>imaging — CW-DEMO-07 was planned on CT slices of 1.25 mm (IMG-SLICE)
 *   <li>powder — CW-DEMO-17 was printed from an oxygen-rich powder lot (PWD-CHEM-O)
 *   <li>build — CW-DEMO-18's build had an O2 excursion above 1000 ppm for about two minutes
 *       (BLD-O2)
 *   <li>coupons — CW-DEMO-19's build has a tensile coupon at 8.5 % elongation (CPN-TENSILE)
 *   <li>heat treatment — CW-DEMO-20's run has a load thermocouple dipping out of the band mid-soak
 *       (HT-SOAK)
 *   <li>cleaning — CW-DEMO-14 has 35 EU endotoxin (CLN-ENDOTOXIN)
 *   <li>dimensional — CW-DEMO-08 has a critical fixation hole 0.25 mm oversize (DIM-CRITICAL)
 *   <li>component — CW-DEMO-15 got a separation plate that expires before the operation
 *       (CMP-EXPIRY)
 *   <li>record — CW-DEMO-16 has an open nonconformance (REC-NCR)
 * </ul>
 *
 * Time: the plant's history lies in the past and is recorded on a clock set back to each step's
 * moment (demo mode only, see {@link org.implantdhr.platform.control.RecordingClock}), so that
 * every record is made after what it records and every e-signature precedes what depends on it. Day
 * zero is two years and {@value #DAYS_BEFORE_TWO_YEARS} days ago, so that the implants released
 * then have been followed up for the study's 24 months by now ({@link DemoStudy}): the QA manager
 * approves specification 1.1 the day before; CT scans were taken five days before day zero; on day
 * zero the engineers and surgeons approve the designs, and production starts ten minutes later: six
 * builds one after the other on the one machine, a day each, then stress relief, finishing,
 * cleaning and inspection, a week after day zero. QA releases the conforming implants the next day;
 * the operations follow twelve to fifteen days after day zero (one ten days later), and the
 * follow-up runs from there to today.
 */
public final class DemoPlant {

    private static final Logger LOG = Logger.getLogger(DemoPlant.class.getName());

    static final int IMPLANTS = 20;
    static final String LAST_SERIAL = serial(IMPLANTS);

    private static final DemoUsers.DemoUser OLGA = DemoUsers.named("olga.operator");
    private static final DemoUsers.DemoUser OSCAR = DemoUsers.named("oscar.operator");
    private static final DemoUsers.DemoUser ERIN = DemoUsers.named("erin.engineer");
    private static final DemoUsers.DemoUser ETHAN = DemoUsers.named("ethan.engineer");
    private static final DemoUsers.DemoUser MIA = DemoUsers.named("mia.qamanager");
    private static final String[] SURGEONS = {"sam.surgeon", "sofia.surgeon"};
    private static final String[] HOSPITALS = {
        "Universitätsklinikum Heidelberg", "Hospital Clínic de Barcelona"
    };

    static final String GOOD_PLATES = "PTFE-2611";
    private static final String EXPIRING_PLATES = "PTFE-2599";

    /**
     * Which build each implant is placed in (index 1..20): two large builds, then one build per
     * build-level defect.
     */
    private static final String[] BUILD_OF = new String[IMPLANTS + 1];

    static {
        for (int i = 1; i <= IMPLANTS; i++) {
            BUILD_OF[i] = i <= 8 ? "B-DEMO-1" : i <= 16 ? "B-DEMO-2" : "B-DEMO-" + (i - 14);
        }
    }

    /**
     * A build takes up to a day (3,600 layers of about 22 s); the next one starts the day after.
     */
    private static final Duration BUILD_SLOT = Duration.ofHours(24);

    /**
     * Day zero lies two years and this many days before the first start: the operations' 24-month
     * visits fall due about a week before it, so most are done and a few still open.
     */
    static final int DAYS_BEFORE_TWO_YEARS = 20;

    /** When the plant is recorded: its history's steps all lie before. */
    private final Instant now;

    private final DemoClient api;

    /** Day zero of the plant's history: the day the designs are approved. */
    private final LocalDate today;

    /** When the designs are approved. */
    private final Instant dayZero;

    /** When production starts: just after the design approvals. */
    private final Instant productionStart;

    private final DemoEvidence evidence = new DemoEvidence(20261126L);

    /**
     * Records the demo plant now, in the caller's thread, through the API at {@code apiBase} of a
     * demo-mode server whose recording-clock token is {@code demoToken}: the demo plant's own
     * integration test records it so, on the test server, instead of in the background of other
     * tests.
     */
    public static void recordThrough(String apiBase, String demoToken) {
        new DemoPlant(new DemoClient(apiBase, demoToken), Instant.now()).record();
    }

    /**
     * Records only the plant's setting, not its history: specification 1.1 in force, the approved
     * supplier, the machine with its qualified people, the parameter set, the furnace and the CMM.
     * The integration tests' server starts so; each test then records a plant of its own on this
     * equipment. Skips what exists.
     */
    public static void recordSettingThrough(String apiBase, String demoToken) {
        var plant = new DemoPlant(new DemoClient(apiBase, demoToken), Instant.now());
        plant.api.at(plant.dayZero.minus(1, ChronoUnit.DAYS));
        plant.specificationInForce();
        plant.masterData();
        plant.api.at(null);
    }

    DemoPlant(DemoClient api, Instant now) {
        this.api = api;
        this.now = now;
        this.dayZero =
                LocalDate.ofInstant(now, ZoneOffset.UTC)
                        .minusYears(2)
                        .minusDays(DAYS_BEFORE_TWO_YEARS)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .plus(7, ChronoUnit.HOURS);
        this.today = LocalDate.ofInstant(dayZero, ZoneOffset.UTC);
        this.productionStart = dayZero.plus(10, ChronoUnit.MINUTES);
    }

    /** The day the plant is recorded on: its history ends here. */
    private LocalDate present() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }

    private Instant hoursAfterStart(double hours) {
        return productionStart.plusSeconds(Math.round(hours * 3600));
    }

    static String serial(int i) {
        return "CW-DEMO-%02d".formatted(i);
    }

    /** The surgeon of case {@code i}. */
    static String surgeonOf(int i) {
        return SURGEONS[i % 2];
    }

    void record() {
        long started = System.nanoTime();
        api.at(dayZero.minus(1, ChronoUnit.DAYS));
        specificationInForce();
        masterData();
        plates(GOOD_PLATES, today.plusYears(2));
        plates(EXPIRING_PLATES, today.plusDays(9));
        powder();
        api.at(dayZero);
        for (int i = 1; i <= IMPLANTS; i++) {
            caseWithApprovedDesign(i);
        }
        for (String build :
                List.of("B-DEMO-1", "B-DEMO-2", "B-DEMO-3", "B-DEMO-4", "B-DEMO-5", "B-DEMO-6")) {
            build(build);
        }
        heatTreatment("HT-DEMO-1", false, implantsNotIn("B-DEMO-6"), couponsNotOf("B-DEMO-6"));
        heatTreatment("HT-DEMO-2", true, implantsOf("B-DEMO-6"), couponsOf("B-DEMO-6"));
        for (int i = 1; i <= IMPLANTS; i++) {
            finishing(i);
        }
        cleaning();
        for (int i = 1; i <= IMPLANTS; i++) {
            inspection(i);
        }
        api.at(hoursAfterStart(6 * 24 + 32));
        nonconformance();
        long produced = System.nanoTime();
        var study = new DemoStudy(api, today, now);
        study.release(hoursAfterStart(8 * 24));
        long released = System.nanoTime();
        study.record();
        api.at(null);
        long done = System.nanoTime();
        LOG.info(
                () ->
                        "Demo plant recorded in %d s (production %d s, releases %d s, follow-up %d s)"
                                .formatted(
                                        seconds(done - started),
                                        seconds(produced - started),
                                        seconds(released - produced),
                                        seconds(done - released)));
    }

    /**
     * The QA manager moves the shipped draft of specification 1.1 to the day before day zero and
     * approves it, so that the whole demo history is judged by it.
     */
    private void specificationInForce() {
        String version = "/specifications/TI64-ELI-CW/1.1";
        if (api.get(MIA, version).body().contains("\"status\":\"APPROVED\"")) {
            return;
        }
        api.ensure(
                api.put(
                        MIA,
                        version + "/limits",
                        """
                {"changes":[],"effectiveFrom":"%s","reason":"In force for the demo plant's history"}"""
                                .formatted(today.minusDays(1))),
                "specification 1.1 effective date");
        api.ensure(
                api.post(MIA, version + "/approval", passwordJson(MIA)),
                "specification 1.1 approval");
    }

    /**
     * The plant's equipment and people, in service from before day zero to this day and beyond:
     * their qualification periods and next calibration and survey dates cover the two years of
     * history and the months ahead, so that the demo's users (and the integration tests' plants)
     * record on qualified, calibrated equipment today. The record keeps each one's current due
     * date, not the calibrations of the two years between (the furnace has no update of its surveys
     * yet).
     */
    private void masterData() {
        api.ensure(
                api.post(
                        MIA,
                        "/suppliers",
                        """
                {"name":"AP&C Advanced Powders","approvedFrom":"%s"}"""
                                .formatted(today.minusYears(2))),
                "supplier");
        api.ensure(
                api.post(
                        ERIN,
                        "/machines",
                        """
                {"assetId":"M-LPBF-01","model":"EOS M 290","serialNumber":"EOS-290-4711","qualifiedUntil":"%s",
                 "o2SensorCalibrationDue":"%s","laserPowerCalibrationDue":"%s","plateSizeXMm":250,"plateSizeYMm":250}"""
                                .formatted(
                                        present().plusMonths(8),
                                        present().plusMonths(3),
                                        present().plusMonths(2))),
                "machine");
        for (var q :
                List.of(
                        new String[] {"olga.operator", "OPERATOR"},
                        new String[] {"oscar.operator", "OPERATOR"},
                        new String[] {"erin.engineer", "PROGRAMMER"},
                        new String[] {"ethan.engineer", "PROGRAMMER"})) {
            api.ensure(
                    api.post(
                            ERIN,
                            "/machines/M-LPBF-01/qualifications",
                            """
                    {"username":"%s","activity":"%s","validFrom":"%s","validUntil":"%s"}"""
                                    .formatted(
                                            q[0],
                                            q[1],
                                            today.minusYears(1),
                                            present().plusYears(1))),
                    "qualification");
        }
        api.ensure(
                api.post(
                        ERIN,
                        "/parameter-sets",
                        """
                {"name":"TI64-ELI-CW-LPBF","version":"1.0","layerThickness":{"value":30,"unit":"µm"},
                 "laserPower":{"value":280,"unit":"W"},"scanSpeed":{"value":1200,"unit":"mm/s"},
                 "hatchDistance":{"value":140,"unit":"µm"},"released":true}"""),
                "parameter set");
        api.ensure(
                api.post(
                        ERIN,
                        "/furnaces",
                        """
                {"furnaceCode":"F-VAC-02","ams2750Class":2,"uniformitySurveyDue":"%s","systemAccuracyDue":"%s"}"""
                                .formatted(present().plusMonths(4), present().plusMonths(2))),
                "furnace");
        api.ensure(
                api.post(
                        ERIN,
                        "/instruments",
                        """
                {"code":"CMM-ZEISS-01","type":"CMM","calibrationDue":"%s"}"""
                                .formatted(present().plusMonths(5))),
                "instrument");
    }

    private void plates(String lot, LocalDate expiry) {
        api.ensure(
                api.post(
                        OLGA,
                        "/component-lots",
                        """
                {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s","material":"PTFE",
                 "expiryDate":"%s","sterile":true,"sterilisationMethod":"ETHYLENE_OXIDE"}"""
                                .formatted(lot, expiry)),
                "plate lot");
        String path = "/component-lots/Zeus%20Industrial%20Products/PTFE-SP-120/" + lot;
        if (!api.get(OLGA, path).body().contains("\"certificate\":{")) {
            api.ensure(
                    api.upload(
                            OLGA,
                            path + "/certificate?fileName=CoC-" + lot + ".pdf",
                            "application/pdf",
                            DemoDocuments.certificateOfConformance(lot, expiry)),
                    "plate certificate " + lot);
        }
    }

    private void powder() {
        lot("PL-24-0311", "0.11", "0.012", "0.0030");
        lot("PL-24-0312", "0.12", "0.018", "0.0045");
        lot("PL-24-0399", "0.16", "0.020", "0.0040");
        batch("PB-DEMO-1", "VIRGIN", "100:0", 0, null, "{\"PL-24-0311\":1}");
        batch("PB-DEMO-2", "BLEND", "60:40", 3, "0.11", "{\"PL-24-0311\":0.6,\"PL-24-0312\":0.4}");
        batch("PB-DEMO-3", "VIRGIN", "100:0", 0, null, "{\"PL-24-0399\":1}");
    }

    private void lot(String lotNumber, String oxygen, String nitrogen, String hydrogen) {
        api.ensure(
                api.post(
                        OLGA,
                        "/powder-lots",
                        """
                {"lotNumber":"%s","supplier":"AP&C Advanced Powders","materialSpec":"ASTM F3001 Grade 23 (Ti-6Al-4V ELI)",
                 "heatNumber":"H-%s","atomization":"PLASMA","receivedOn":"%s","certificateLotNumber":"%s",
                 "chemistry":{"Al":{"value":6.12,"unit":"wt%%"},"V":{"value":4.01,"unit":"wt%%"},"Fe":{"value":0.19,"unit":"wt%%"},
                   "O":{"value":%s,"unit":"wt%%"},"C":{"value":0.02,"unit":"wt%%"},"N":{"value":%s,"unit":"wt%%"},
                   "H":{"value":%s,"unit":"wt%%"},"Y":{"value":0.001,"unit":"wt%%"},"otherEach":{"value":0.05,"unit":"wt%%"},
                   "otherTotal":{"value":0.20,"unit":"wt%%"}},
                 "particleSize":{"d10":{"value":21.5,"unit":"µm"},"d50":{"value":34.8,"unit":"µm"},"d90":{"value":49.6,"unit":"µm"},
                   "oversize":{"value":0.08,"unit":"wt%%"}},
                 "flow":{"hall":{"value":28.4,"unit":"s/50g"}},"apparentDensity":{"value":2.46,"unit":"g/cm3"},
                 "tapDensity":{"value":2.81,"unit":"g/cm3"}}"""
                                .formatted(
                                        lotNumber,
                                        lotNumber.substring(3),
                                        today.minusMonths(2),
                                        lotNumber,
                                        oxygen,
                                        nitrogen,
                                        hydrogen)),
                "powder lot " + lotNumber);
        if (!certificateAttached(lotNumber)) {
            api.ensure(
                    api.upload(
                            OLGA,
                            "/powder-lots/"
                                    + lotNumber
                                    + "/certificate?fileName=CoA-"
                                    + lotNumber
                                    + ".pdf",
                            "application/pdf",
                            DemoDocuments.certificateOfAnalysis(lotNumber, oxygen)),
                    "certificate " + lotNumber);
        }
    }

    private boolean certificateAttached(String lotNumber) {
        var answer = api.get(OLGA, "/powder-lots/" + lotNumber);
        return answer.status() == 200 && answer.body().contains("\"certificate\":{");
    }

    private void batch(
            String number, String type, String ratio, int reuse, String oxygen, String lots) {
        api.ensure(
                api.post(
                        OLGA,
                        "/powder-batches",
                        """
                {"batchNumber":"%s","powderType":"%s","virginUsedRatio":%s,"reuseCount":%d,"inhouseOxygen":%s,
                 "sievedOn":"%s","lots":%s}"""
                                .formatted(
                                        number,
                                        type,
                                        ratio == null ? "null" : "\"" + ratio + "\"",
                                        reuse,
                                        oxygen == null
                                                ? "null"
                                                : "{\"value\":" + oxygen + ",\"unit\":\"wt%\"}",
                                        today.minusDays(15),
                                        lots)),
                "powder batch " + number);
    }

    private void caseWithApprovedDesign(int i) {
        String caseNumber = "CASE-DEMO-%02d".formatted(i);
        String surgeon = SURGEONS[i % 2];
        api.ensure(
                api.post(
                        ERIN,
                        "/cases",
                        """
                {"caseNumber":"%s","hospital":"%s","surgeon":"%s","patientPseudonym":"PT-%04d","regulatoryPathway":"%s",
                 "plannedSurgeryDate":"%s","deviceName":"%s","deviceModel":"%s","prescriptionReference":"RX-%s"}"""
                                .formatted(
                                        caseNumber,
                                        HOSPITALS[i % 2],
                                        surgeon,
                                        4100 + i,
                                        i % 3 == 0 ? "PATIENT_MATCHED" : "CUSTOM_MADE",
                                        DemoStudy.operationDay(today, i),
                                        DemoStudy.sternal(i)
                                                ? "Patient-specific sterno-costal reconstruction plate"
                                                : "Patient-specific chest-wall reconstruction plate",
                                        DemoStudy.sternal(i) ? "CW-STERNAL-TI64" : "CW-PLATE-TI64",
                                        caseNumber)),
                "case " + caseNumber);
        String slice = i == 7 ? "1.25" : "0.625";
        if (!api.get(ERIN, "/cases/" + caseNumber + "/imaging").body().contains("studyUid")) {
            api.ensure(
                    api.post(
                            ERIN,
                            "/cases/" + caseNumber + "/imaging",
                            """
                    {"studyUid":"1.2.826.0.1.3680043.10.1085.%d","modality":"CT","scanDate":"%s",
                     "sliceThickness":{"value":%s,"unit":"mm"},"sliceIncrement":{"value":%s,"unit":"mm"},
                     "scannerModel":"Siemens SOMATOM Force"}"""
                                    .formatted(20261100 + i, today.minusDays(5), slice, slice)),
                    "imaging " + caseNumber);
        }
        if (!api.exists(ERIN, "/cases/" + caseNumber + "/designs/1")) {
            api.ensure(
                    api.upload(
                            ERIN,
                            "/cases/"
                                    + caseNumber
                                    + "/designs?version=1&unit=MILLIMETRE&minWall=2.8&minWallUnit=mm&fileName="
                                    + caseNumber
                                    + "-plate.stl",
                            "model/stl",
                            DemoEvidence.chestWallPlateStl(140 + i, 3, 55 + i, 110 + i)),
                    "design " + caseNumber);
        }
        String approval = "/cases/" + caseNumber + "/designs/1/approvals";
        api.ensure(api.post(ERIN, approval, passwordJson(ERIN)), "engineer approval " + caseNumber);
        var surgeonUser = DemoUsers.named(surgeon);
        api.ensure(
                api.post(surgeonUser, approval, passwordJson(surgeonUser)),
                "surgeon approval " + caseNumber);
        api.ensure(
                api.post(
                        ERIN,
                        "/implants",
                        """
                {"serialNumber":"%s","caseNumber":"%s","designVersion":"1","udiDi":%s}"""
                                .formatted(
                                        serial(i),
                                        caseNumber,
                                        i % 3 == 0
                                                ? "\"(01)0761234567890" + (i % 10) + "\""
                                                : "null")),
                "implant " + serial(i));
    }

    private static String passwordJson(DemoUsers.DemoUser user) {
        return "{\"password\":\"%s\",\"zone\":\"Europe/Berlin\"}".formatted(user.password());
    }

    private void build(String buildNumber) {
        int n = Integer.parseInt(buildNumber.substring(buildNumber.length() - 1));
        String batch = n == 3 ? "PB-DEMO-3" : n == 2 ? "PB-DEMO-2" : "PB-DEMO-1";
        var implants = implantsOf(buildNumber);
        String coupons =
                couponsOf(buildNumber).stream()
                        .map(
                                c ->
                                        "{\"couponCode\":\"%s\",\"purpose\":\"%s\"}"
                                                .formatted(
                                                        c,
                                                        c.contains("-T") ? "TENSILE" : "CHEMISTRY"))
                        .collect(Collectors.joining(","));
        Instant start = productionStart.plus(BUILD_SLOT.multipliedBy(n - 1));
        api.at(start.minus(5, ChronoUnit.MINUTES));
        api.ensure(
                api.post(
                        OLGA,
                        "/builds",
                        """
                {"buildNumber":"%s","machine":"M-LPBF-01","parameterSet":{"name":"TI64-ELI-CW-LPBF","version":"1.0"},
                 "powderBatch":"%s","operator":"%s","programmer":"ethan.engineer","buildPlateId":"BP-%02d",
                 "shieldingGas":"ARGON","implants":[%s],"designHashes":{%s},"platePositions":{%s},"coupons":[%s]}"""
                                .formatted(
                                        buildNumber,
                                        batch,
                                        n % 2 == 0 ? "oscar.operator" : "olga.operator",
                                        n,
                                        implants.stream()
                                                .map(s -> "\"" + s + "\"")
                                                .collect(Collectors.joining(",")),
                                        implants.stream()
                                                .map(
                                                        s ->
                                                                "\""
                                                                        + s
                                                                        + "\":\""
                                                                        + approvedDesignHash(s)
                                                                        + "\"")
                                                .collect(Collectors.joining(",")),
                                        platePositions(implants),
                                        coupons)),
                "build " + buildNumber);
        api.at(start.plus(BUILD_SLOT).minus(30, ChronoUnit.MINUTES));
        if (!api.get(OLGA, "/builds/" + buildNumber).body().contains("\"log\":{")) {
            BuildLog log =
                    evidence.buildLog(
                            start,
                            3000 + 100 * n,
                            n == 4 ? 1700 : 0,
                            n == 4 ? 8 : 0,
                            n == 2 ? 900 : 0);
            api.ensure(
                    api.upload(
                            n % 2 == 0 ? OSCAR : OLGA,
                            "/builds/"
                                    + buildNumber
                                    + "/log?fileName="
                                    + buildNumber
                                    + "-layers.csv",
                            "text/csv",
                            DemoEvidence.csv(log)),
                    "layer log " + buildNumber);
        }
        for (String event : eventIdsWithoutDisposition(buildNumber)) {
            api.ensure(
                    api.post(
                            ETHAN,
                            "/builds/" + buildNumber + "/events/" + event + "/disposition",
                            """
                    {"disposition":"Streak inspected on the layer image: confined to the support region, no part affected. Continue."}"""),
                    "event disposition " + buildNumber);
        }
        api.at(hoursAfterStart(6 * 24 + 20));
        for (String coupon : couponsOf(buildNumber)) {
            couponResult(coupon, buildNumber.equals("B-DEMO-5") && coupon.endsWith("-T2"));
        }
    }

    /** The build file is made from the approved design: its hash as the case file holds it. */
    private String approvedDesignHash(String serial) {
        String caseNumber = "CASE-DEMO-" + serial.substring(serial.length() - 2);
        var m =
                java.util.regex.Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"")
                        .matcher(api.get(ERIN, "/cases/" + caseNumber + "/designs/1").body());
        if (!m.find()) {
            throw new IllegalStateException("No design hash for " + caseNumber);
        }
        return m.group(1);
    }

    /**
     * The streak events of a build that no engineer has dispositioned yet (the exposure start needs
     * none).
     */
    private List<String> eventIdsWithoutDisposition(String buildNumber) {
        var ids = new ArrayList<String>();
        String body = api.get(ETHAN, "/builds/" + buildNumber + "/events").body();
        for (String event : body.split("\\},\\{")) {
            if (event.contains("RECOATER_STREAK") && !event.contains("\"disposition\":\"")) {
                var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(event);
                if (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private void couponResult(String coupon, boolean brittle) {
        if (api.get(OSCAR, "/coupons/" + coupon).body().contains("\"testStandard\"")) {
            return;
        }
        String values =
                coupon.contains("-T")
                        ? """
                  "uts":{"value":%s,"unit":"MPa"},"yieldStrength":{"value":%s,"unit":"MPa"},
                  "elongation":{"value":%s,"unit":"%%"},"reductionOfArea":{"value":%s,"unit":"%%"}"""
                                .formatted(
                                        brittle ? "981" : "958",
                                        brittle ? "902" : "871",
                                        brittle ? "8.5" : "14.2",
                                        brittle ? "27" : "41")
                        : "\"oxygen\":{\"value\":0.12,\"unit\":\"wt%\"},\"nitrogen\":{\"value\":0.02,\"unit\":\"wt%\"},"
                                + "\"hydrogen\":{\"value\":0.004,\"unit\":\"wt%\"},\"relativeDensity\":{\"value\":99.8,\"unit\":\"%\"}";
        api.ensure(
                api.post(
                        OSCAR,
                        "/coupons/" + coupon + "/results",
                        """
                {"testStandard":"%s","laboratory":"Materialprüfanstalt Stuttgart (DAkkS D-PL-11140-01)","testedOn":"%s",
                 "testedBy":"Dr. Jana Weber",%s}"""
                                .formatted(
                                        coupon.contains("-T")
                                                ? "ASTM E8/E8M"
                                                : "ASTM E1409 / E1447, ASTM B311",
                                        today.plusDays(7),
                                        values)),
                "coupon result " + coupon);
    }

    private void heatTreatment(
            String runNumber, boolean dip, List<String> implants, List<String> coupons) {
        boolean second = runNumber.endsWith("2");
        Instant start =
                productionStart
                        .plus(BUILD_SLOT.multipliedBy(second ? 6 : 5))
                        .plus(1, ChronoUnit.HOURS);
        FurnaceChart chart = evidence.furnaceChart(start, 150, dip);
        Instant doorOpen = DemoEvidence.doorOpening(chart);
        api.at(doorOpen.plus(15, ChronoUnit.MINUTES));
        api.ensure(
                api.post(
                        OLGA,
                        "/heat-treatment-runs",
                        """
                {"runNumber":"%s","furnace":"F-VAC-02","recipe":"SR-800-2H","operator":"olga.operator","atmosphere":"VACUUM",
                 "doorOpenedAt":"%s","implantSerials":[%s],"couponCodes":[%s]}"""
                                .formatted(runNumber, doorOpen, quoted(implants), quoted(coupons))),
                "heat treatment " + runNumber);
        // the chart is exported when the cycle has ended: a record never carries a time after it is
        // recorded
        api.at(chart.timestamp(chart.sampleCount() - 1).plus(5, ChronoUnit.MINUTES));
        if (!api.get(OLGA, "/heat-treatment-runs/" + runNumber).body().contains("\"chart\":{")) {
            api.ensure(
                    api.upload(
                            OLGA,
                            "/heat-treatment-runs/"
                                    + runNumber
                                    + "/chart?fileName="
                                    + runNumber
                                    + "-F-VAC-02.csv",
                            "text/csv",
                            DemoEvidence.csv(chart)),
                    "furnace chart " + runNumber);
        }
    }

    /**
     * Separation, machining and the plate, each only if not there yet: a recording cut off between
     * them (the application undeployed meanwhile) goes on from the step it had not done.
     */
    private void finishing(int i) {
        String serial = serial(i);
        String done = api.get(OLGA, "/process-operations?implant=" + serial).body();
        Instant separated = hoursAfterStart(6 * 24 + 12 + i * 0.25);
        api.at(separated.plus(10, ChronoUnit.MINUTES));
        if (!done.contains("\"SEPARATION\"")) {
            operation(serial, "SEPARATION", "Wire EDM Sodick AG400L", "CW-SEP", "2", separated);
        }
        api.at(separated.plus(130, ChronoUnit.MINUTES));
        if (!done.contains("\"MACHINING\"")) {
            operation(
                    serial,
                    "MACHINING",
                    "DMG MORI DMU 50",
                    "CW-FINISH",
                    "3",
                    separated.plus(2, ChronoUnit.HOURS));
        }
        if (!api.get(OSCAR, "/implants/" + serial).body().contains("\"componentLot\":{")) {
            api.ensure(
                    api.post(
                            OSCAR,
                            "/implants/" + serial + "/component",
                            """
                    {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s"}"""
                                    .formatted(i == 15 ? EXPIRING_PLATES : GOOD_PLATES)),
                    "plate for " + serial);
        }
    }

    private void operation(
            String serial,
            String type,
            String equipment,
            String program,
            String version,
            Instant at) {
        api.ensure(
                api.post(
                        OLGA,
                        "/process-operations",
                        """
                {"implantSerial":"%s","type":"%s","equipment":"%s","programId":"%s","programVersion":"%s",
                 "operator":"olga.operator","performedAt":"%s","visualResult":"PASS"}"""
                                .formatted(serial, type, equipment, program, version, at)),
                type + " " + serial);
    }

    private void cleaning() {
        api.at(hoursAfterStart(6 * 24 + 25));
        var all = new ArrayList<String>();
        for (int i = 1; i <= IMPLANTS; i++) {
            all.add(serial(i));
        }
        api.ensure(
                api.post(
                        OSCAR,
                        "/cleaning-runs",
                        """
                {"runNumber":"CR-DEMO-1","processId":"CLN-TI-US","processVersion":"2","cleaningFamily":"CHEST-WALL-LATTICE",
                 "operator":"oscar.operator","performedAt":"%s","implantSerials":[%s]}"""
                                .formatted(hoursAfterStart(6 * 24 + 24), quoted(all))),
                "cleaning run");
        String recorded = api.get(OSCAR, "/cleaning-runs/CR-DEMO-1").body();
        for (int i = 1; i <= IMPLANTS; i++) {
            if (recorded.contains("\"implantSerial\":\"" + serial(i) + "\",\"visualResult\"")) {
                continue;
            }
            api.ensure(
                    api.post(
                            OSCAR,
                            "/cleaning-runs/CR-DEMO-1/results",
                            """
                    {"implantSerial":"%s","visualResult":"PASS","residualParticles":%d,"endotoxin":{"value":%s,"unit":"EU"},
                     "toc":{"value":0.12,"unit":"mg"},"testedBy":"Dr. Lena Hoffmann","laboratory":"Nelson Labs Europe"}"""
                                    .formatted(serial(i), 6 + i % 9, i == 14 ? "35" : "2.5")),
                    "cleanliness " + serial(i));
        }
    }

    /** The CMM inspection and the weighing, each only if not there yet (see {@link #finishing}). */
    private void inspection(int i) {
        String serial = serial(i);
        api.at(hoursAfterStart(6 * 24 + 28 + i * 0.1));
        if (!api.get(OSCAR, "/implants/" + serial + "/inspections").body().contains("\"id\"")) {
            var results = evidence.inspection(i == 8);
            boolean qif = i % 2 == 0;
            api.ensure(
                    api.upload(
                            OSCAR,
                            "/implants/"
                                    + serial
                                    + "/inspections?instrument=CMM-ZEISS-01&format="
                                    + (qif ? "QIF" : "CSV")
                                    + "&fitSurfaceInTolerancePct=100&fileName="
                                    + serial
                                    + (qif ? ".qif" : "-cmm.csv"),
                            qif ? "application/xml" : "text/csv",
                            qif ? DemoEvidence.qif(results) : DemoEvidence.csv(results)),
                    "inspection " + serial);
        }
        if (!api.get(OSCAR, "/implants/" + serial).body().contains("\"measuredMass\":{")) {
            api.ensure(
                    api.post(
                            OSCAR,
                            "/implants/" + serial + "/mass",
                            """
                    {"value":%s,"unit":"g"}"""
                                    .formatted(expectedMass(i))),
                    "mass " + serial);
        }
    }

    /**
     * The measured mass of a plate, 1 % above the design volume × 4.43 g/cm³ (a little powder in
     * the lattice).
     */
    private static String expectedMass(int i) {
        double rIn = 140 + i,
                volumeMm3 =
                        (Math.pow(rIn + 3, 2) - rIn * rIn) / 2 * Math.toRadians(55 + i) * (110 + i);
        return "%.1f".formatted(volumeMm3 / 1000 * 4.43 * 1.01).replace(',', '.');
    }

    private void nonconformance() {
        if (api.get(MIA, "/nonconformances?implant=" + serial(16)).body().contains("\"number\"")) {
            return;
        }
        api.ensure(
                api.post(
                        MIA,
                        "/nonconformances",
                        """
                {"implantSerial":"%s","description":"Marking on the plate edge is partly illegible after blasting; re-marking or concession to be decided."}"""
                                .formatted(serial(16))),
                "nonconformance");
    }

    /** The reference points of the build job's three by three slots, mm from the plate origin. */
    private static final String[] SLOT_X = {"42.5", "125.0", "207.5"};

    private static final String[] SLOT_Y = {"40.0", "125.0", "210.0"};

    /**
     * Where the build job places each implant on the EOS M 290's 250 × 250 mm plate: the slots
     * P1…P9 of a three by three grid, row by row.
     */
    private static String platePositions(List<String> implants) {
        var positions = new ArrayList<String>();
        for (int k = 0; k < implants.size(); k++) {
            positions.add(
                    "\"%s\":{\"x\":%s,\"y\":%s,\"label\":\"P%d\"}"
                            .formatted(implants.get(k), SLOT_X[k % 3], SLOT_Y[k / 3], k + 1));
        }
        return String.join(",", positions);
    }

    private static List<String> implantsOf(String build) {
        var serials = new ArrayList<String>();
        for (int i = 1; i <= IMPLANTS; i++) {
            if (BUILD_OF[i].equals(build)) {
                serials.add(serial(i));
            }
        }
        return serials;
    }

    private static List<String> implantsNotIn(String build) {
        var serials = new ArrayList<String>();
        for (int i = 1; i <= IMPLANTS; i++) {
            if (!BUILD_OF[i].equals(build)) {
                serials.add(serial(i));
            }
        }
        return serials;
    }

    private static List<String> couponsOf(String build) {
        return List.of(build + "-T1", build + "-T2", build + "-T3", build + "-C1");
    }

    private static List<String> couponsNotOf(String build) {
        var coupons = new ArrayList<String>();
        for (int n = 1; n <= 6; n++) {
            if (!("B-DEMO-" + n).equals(build)) {
                coupons.addAll(couponsOf("B-DEMO-" + n));
            }
        }
        return coupons;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }
}
