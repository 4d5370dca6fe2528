package org.implantdhr.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.facts.*;
import org.implantdhr.rules.furnace.FurnaceMeasures;

/** Builds a fully conforming release record; each test changes one value. */
public final class ConformingImplant {

    static final Instant BUILD_START = Instant.parse("2026-03-10T08:00:00Z");
    static final Instant BUILD_END = Instant.parse("2026-03-11T02:00:00Z");
    static final Instant HT_START = Instant.parse("2026-03-11T06:00:00Z");
    static final Instant HT_END = Instant.parse("2026-03-11T16:00:00Z");
    static final String CHART_SHA = "a".repeat(64);

    public LocalDate releaseDate = LocalDate.parse("2026-03-20");
    public CaseFile caseFile = new CaseFile("CASE-1", LocalDate.parse("2026-03-25"), "surgeon-1");
    public LocalDate ctDate = LocalDate.parse("2026-03-01");
    public BigDecimal sliceThickness = d("0.6");
    public BigDecimal sliceIncrement = d("0.5");
    public boolean ctPresent = true;
    public String approvedHash = "b".repeat(64);
    public String buildFileHash = "b".repeat(64);
    public BigDecimal stlVolume = d("40.000");
    public BigDecimal minWall = d("1.5");
    public BigDecimal maxOuter = d("220");
    public List<ESignature> designSignatures =
            new ArrayList<>(
                    List.of(
                            new ESignature(
                                    "eng-1",
                                    "Eva Engineer",
                                    SignerRole.DESIGN_ENGINEER,
                                    SignatureMeaning.APPROVAL,
                                    Instant.parse("2026-03-05T10:00:00Z")),
                            new ESignature(
                                    "surgeon-1",
                                    "Dr Sam Surgeon",
                                    SignerRole.PRESCRIBING_SURGEON,
                                    SignatureMeaning.APPROVAL,
                                    Instant.parse("2026-03-06T10:00:00Z"))));
    public boolean designPresent = true;
    public String meshDefect = null;
    public BigDecimal measuredMass = d("177.2");
    public Map<String, BigDecimal> chemistry =
            new HashMap<>(
                    Map.of(
                            "Al",
                            d("6.10"),
                            "V",
                            d("4.05"),
                            "Fe",
                            d("0.20"),
                            "O",
                            d("0.10"),
                            "C",
                            d("0.02"),
                            "N",
                            d("0.02"),
                            "H",
                            d("0.004"),
                            "Y",
                            d("0.001"),
                            "Si",
                            d("0.03"),
                            "Ti",
                            d("89.46")));
    public boolean certificatePresent = true;
    public String certificateLot = "PL-1";
    public LocalDate receivedOn = LocalDate.parse("2026-01-15");
    public SupplierApproval supplierApproval =
            new SupplierApproval("TiPowder AG", LocalDate.parse("2025-01-01"), null);
    public BigDecimal d10 = d("20"), d90 = d("48"), oversize = d("0.1");
    public BigDecimal carney = d("12"), hall = null;
    public BigDecimal apparentDensity = d("2.45");
    public List<PowderLot> extraLots = new ArrayList<>();
    public PowderBatchType batchType = PowderBatchType.BLEND;
    public String ratio = "30:70";
    public Integer reuseCount = 4;
    public BigDecimal batchOxygen = d("0.11");
    public Machine machine =
            new Machine(
                    "M-1",
                    LocalDate.parse("2026-12-31"),
                    LocalDate.parse("2026-06-30"),
                    LocalDate.parse("2026-06-30"));
    public List<Qualification> qualifications =
            new ArrayList<>(
                    List.of(
                            new Qualification("op-1", "M-1", LocalDate.parse("2025-01-01"), null),
                            new Qualification(
                                    "prog-1",
                                    "M-1",
                                    LocalDate.parse("2025-01-01"),
                                    LocalDate.parse("2027-01-01"))));
    public ParameterSet parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "1.0", d("30"));
    public BigDecimal logLayerThickness = d("30");
    public String gas = "ARGON";
    public List<BuildEvent> buildEvents = new ArrayList<>();
    public BuildLogMeasures buildLog =
            new BuildLogMeasures(
                    5000, d("1000"), d("400"), d("800"), d("0"), 1, 5000, 0, 0, null, null, 0,
                    null);
    public List<Coupon> coupons =
            new ArrayList<>(
                    List.of(
                            tensile("T1"),
                            tensile("T2"),
                            tensile("T3"),
                            new Coupon(
                                    "C1",
                                    CouponType.CHEMISTRY,
                                    "B-1",
                                    "HT-1",
                                    null,
                                    null,
                                    null,
                                    null,
                                    Map.of("O", d("0.11"), "N", d("0.02"), "H", d("0.005")),
                                    d("99.8"),
                                    "lab-1")));
    public HeatTreatment heatTreatment =
            new HeatTreatment(
                    "HT-1",
                    "F-1",
                    "B-1",
                    "SR-800-2H",
                    d("800"),
                    FurnaceAtmosphere.VACUUM,
                    HT_START,
                    HT_END,
                    CHART_SHA,
                    "ht-op-1");
    public Furnace furnace =
            new Furnace("F-1", 2, LocalDate.parse("2026-04-30"), LocalDate.parse("2026-04-30"));
    public FurnaceMeasures furnaceChart =
            new FurnaceMeasures(
                    30000,
                    6,
                    d("790"),
                    d("810"),
                    d("5"),
                    d("130"),
                    HT_START.plusSeconds(7200),
                    HT_START.plusSeconds(7200 + 7800),
                    d("806.2"),
                    d("8.5"),
                    d("0.00005"),
                    null,
                    d("380"),
                    d("1"),
                    HT_START.plusSeconds(100),
                    HT_START.plusSeconds(101));
    public Machining machining =
            new Machining(
                    "CW-FINISH", "3", "CNC-1", "mach-1", Instant.parse("2026-03-12T09:00:00Z"));
    public VisualInspection visual =
            new VisualInspection(
                    InspectionResult.PASS, "insp-1", Instant.parse("2026-03-13T09:00:00Z"));
    public Cleaning cleaning =
            new Cleaning(
                    "CL-1",
                    "CLN-TI-US",
                    "2",
                    "CHEST-WALL-LATTICE",
                    InspectionResult.PASS,
                    d("12"),
                    d("3.5"),
                    d("0.2"),
                    "lab-2");
    public List<Characteristic> characteristics =
            new ArrayList<>(
                    List.of(
                            new Characteristic(
                                    "hole-1 diameter",
                                    CharacteristicKind.HOLE_DIAMETER,
                                    d("3.50"),
                                    d("0.1"),
                                    d("3.55"),
                                    "PASS",
                                    true),
                            new Characteristic(
                                    "hole-1 position",
                                    CharacteristicKind.HOLE_POSITION,
                                    d("0.00"),
                                    d("0.1"),
                                    d("0.04"),
                                    "PASS",
                                    true),
                            new Characteristic(
                                    "min wall",
                                    CharacteristicKind.WALL,
                                    d("1.50"),
                                    null,
                                    d("1.45"),
                                    "PASS",
                                    true),
                            new Characteristic(
                                    "rib arm length",
                                    CharacteristicKind.OTHER,
                                    d("120.0"),
                                    d("0.5"),
                                    d("120.2"),
                                    "PASS",
                                    false)));
    public BigDecimal fitPercent = d("100");
    public BigDecimal fitTolerance = d("0.5");
    public LocalDate inspectedOn = LocalDate.parse("2026-03-14");
    public LocalDate instrumentCalibrationDue = LocalDate.parse("2026-05-01");
    public String inspector = "insp-2";
    public ComponentLot componentLot =
            new ComponentLot(
                    "MedTex",
                    "PTFE-200",
                    "CL-77",
                    "COC-77",
                    LocalDate.parse("2027-01-01"),
                    true,
                    "EO");
    public List<Nonconformance> nonconformances = new ArrayList<>();
    public List<String> recordedBy =
            new ArrayList<>(List.of("op-1", "prog-1", "lab-1", "lab-2", "insp-1", "insp-2"));
    public ReleaseSignature signature =
            new ReleaseSignature(
                    "qa-1",
                    "Quinn QA",
                    Instant.parse("2026-03-20T15:00:00Z"),
                    "Europe/Berlin",
                    SignatureMeaning.RELEASE,
                    true);

    /**
     * The dated steps in the process order, each recorded an hour after its time (CT: the next
     * day).
     */
    public List<DatedStep> steps =
            new ArrayList<>(
                    List.of(
                            new DatedStep(
                                    ProcessStep.CT_SCAN,
                                    "CT CT-7",
                                    null,
                                    LocalDate.parse("2026-03-01"),
                                    Instant.parse("2026-03-02T09:00:00Z")),
                            step(
                                    ProcessStep.DESIGN_APPROVAL,
                                    "design D-1 approval by eng-1",
                                    "2026-03-05T10:00:00Z"),
                            step(
                                    ProcessStep.DESIGN_APPROVAL,
                                    "design D-1 approval by surgeon-1",
                                    "2026-03-06T10:00:00Z"),
                            step(ProcessStep.BUILD_START, "build B-1", "2026-03-10T08:00:00Z"),
                            step(ProcessStep.BUILD_END, "build B-1", "2026-03-11T02:00:00Z"),
                            step(
                                    ProcessStep.HEAT_TREATMENT,
                                    "heat-treatment run HT-1",
                                    "2026-03-11T06:00:00Z"),
                            step(
                                    ProcessStep.SEPARATION,
                                    "separation of IMP-2026-001",
                                    "2026-03-12T09:00:00Z"),
                            step(
                                    ProcessStep.MACHINING,
                                    "machining of IMP-2026-001",
                                    "2026-03-12T11:00:00Z"),
                            step(ProcessStep.CLEANING, "cleaning run CL-1", "2026-03-13T12:00:00Z"),
                            step(
                                    ProcessStep.DIMENSIONAL_INSPECTION,
                                    "dimensional inspection DI-1",
                                    "2026-03-14T09:00:00Z")));

    public boolean chronologyPresent = true;
    public Instant evaluatedAt = Instant.parse("2026-03-20T14:00:00Z");

    static DatedStep step(ProcessStep step, String record, String at) {
        Instant when = Instant.parse(at);
        return new DatedStep(step, record, when, null, when.plusSeconds(3600));
    }

    public static ConformingImplant facts() {
        return new ConformingImplant();
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Coupon tensile(String id) {
        return new Coupon(
                id,
                CouponType.TENSILE,
                "B-1",
                "HT-1",
                d("950"),
                d("880"),
                d("14"),
                d("40"),
                null,
                null,
                "lab-1");
    }

    public PowderLot powderLot() {
        return new PowderLot(
                "PL-1",
                "TiPowder AG",
                receivedOn,
                supplierApproval,
                certificatePresent
                        ? new PowderCertificate("COA-55", certificateLot, chemistry)
                        : null,
                new ParticleSize(d10, d("35"), d90, oversize),
                carney,
                hall,
                apparentDensity,
                "lab-1");
    }

    public ReleaseFacts build() {
        List<PowderLot> lots = new ArrayList<>(List.of(powderLot()));
        lots.addAll(extraLots);
        List<String> lotNumbers = lots.stream().map(PowderLot::lotNumber).toList();
        return new ReleaseFacts(
                "IMP-2026-001",
                releaseDate,
                caseFile,
                ctPresent ? new CtScan("CT-7", ctDate, sliceThickness, sliceIncrement) : null,
                designPresent
                        ? new Design(
                                "D-1",
                                approvedHash,
                                buildFileHash,
                                stlVolume,
                                minWall,
                                maxOuter,
                                designSignatures,
                                meshDefect)
                        : null,
                lots,
                new PowderBatch(
                        "PB-1", batchType, ratio, reuseCount, batchOxygen, "lab-1", lotNumbers),
                machine,
                qualifications,
                parameterSet,
                new Build(
                        "B-1",
                        "M-1",
                        "op-1",
                        "prog-1",
                        "PB-1",
                        BUILD_START,
                        BUILD_END,
                        gas,
                        logLayerThickness,
                        "c".repeat(64),
                        buildEvents),
                buildLog,
                coupons,
                heatTreatment,
                furnace,
                furnaceChart,
                machining,
                visual,
                cleaning,
                new DimensionalInspection(
                        "DI-1",
                        inspectedOn,
                        inspector,
                        "CMM-1",
                        instrumentCalibrationDue,
                        fitPercent,
                        fitTolerance,
                        characteristics),
                componentLot,
                nonconformances,
                recordedBy,
                signature,
                measuredMass,
                chronologyPresent ? new Chronology(steps) : null,
                evaluatedAt);
    }
}
