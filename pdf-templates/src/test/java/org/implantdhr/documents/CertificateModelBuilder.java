package org.implantdhr.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A realistic release certificate model; tests change only what they are about. */
final class CertificateModelBuilder {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String SERIAL = "IMP-2025-000417";
    static final String PSEUDONYM = "PX-7Q4K-93TD";
    static final String UDI = "(01)04260123450017(21)IMP-2025-000417";
    static final String VERIFY_URL =
            "https://dhr.example-implants.eu/verify/IMP-2025-000417"
                    + "?h=6f1c0e8a4d2b9f7730c5e1a28b4d6f90e3a7c1b5d8f2e4a6c9b0d1e3f5a7c9e1";
    static final String CONCESSION_TEXT =
            "Oxygen content of powder lot PL-24-0192 measured 0.135 wt% against the "
                    + "internal alert limit of 0.13 wt%; ASTM F3001 limit of 0.13 wt% for ELI applies to the part, "
                    + "part coupon tested 0.128 wt%. Accepted by MRB decision MRB-2025-031 with no impact on fatigue.";
    static final byte[] RECORD_JSON =
            """
            {"serial":"IMP-2025-000417","case":"C-2025-0193","specification":{"code":"SPEC-TI64-PM","version":"4"},\
            "checks":[{"id":"PWD-CHEM","outcome":"PASS_UNDER_CONCESSION"}],"note":"ü ° – exact bytes"}
            """
                    .getBytes(StandardCharsets.UTF_8);

    private DeviceCategory category = DeviceCategory.PATIENT_MATCHED;
    private boolean nonSterile = true;
    private final List<Concession> concessions =
            new ArrayList<>(
                    List.of(
                            new Concession(
                                    "CON-2025-014",
                                    "PWD-CHEM",
                                    CONCESSION_TEXT,
                                    "Dr. A. Weber (QA)",
                                    LocalDate.of(2025, 3, 12))));

    static CertificateModelBuilder certificate() {
        return new CertificateModelBuilder();
    }

    CertificateModelBuilder customMade() {
        category = DeviceCategory.CUSTOM_MADE;
        return this;
    }

    CertificateModelBuilder sterile() {
        nonSterile = false;
        return this;
    }

    CertificateModelBuilder withoutConcessions() {
        concessions.clear();
        return this;
    }

    static List<CheckOutcome> checks() {
        return List.of(
                new CheckOutcome(
                        "CASE-RX",
                        "Prescription and design approval present and signed",
                        CheckResult.PASS),
                new CheckOutcome(
                        "DES-HASH",
                        "Built design file matches the approved design version",
                        CheckResult.PASS),
                new CheckOutcome(
                        "PWD-CHEM",
                        "Powder lot chemistry within specification (O, N, H, Fe, Al, V)",
                        CheckResult.PASS_UNDER_CONCESSION),
                new CheckOutcome("PWD-REUSE", "Powder reuse count within limit", CheckResult.PASS),
                new CheckOutcome(
                        "BLD-LOG",
                        "Build log complete, no unresolved machine alarms",
                        CheckResult.PASS),
                new CheckOutcome(
                        "BLD-O2",
                        "Chamber oxygen below 1000 ppm for the whole build",
                        CheckResult.PASS),
                new CheckOutcome(
                        "SEP-PLATE", "Separation plate lot within expiry", CheckResult.PASS),
                new CheckOutcome("HT-RAMP", "Heating rate within limits", CheckResult.PASS),
                new CheckOutcome(
                        "HT-SOAK",
                        "All load thermocouples in band for the minimum soak",
                        CheckResult.PASS),
                new CheckOutcome(
                        "HT-COOL", "Furnace cool below 400 °C before opening", CheckResult.PASS),
                new CheckOutcome(
                        "CLN-VAL", "Cleaning run on a validated programme", CheckResult.PASS),
                new CheckOutcome(
                        "DIM-CMM", "All critical dimensions within tolerance", CheckResult.PASS),
                new CheckOutcome(
                        "NC-OPEN", "No open nonconformance on the implant", CheckResult.PASS));
    }

    CertificateModel build() {
        return new CertificateModel(
                "RC-2025-00417",
                ZonedDateTime.of(2025, 3, 14, 16, 5, 12, 0, ZONE),
                manufacturer(),
                device(),
                caseReference(),
                new DesignReference(
                        "D-0193 rev C",
                        "9b2e4f7a1c3d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7"),
                materials(),
                process(),
                release(),
                nonSterile,
                VERIFY_URL,
                new MachineReadableRecord("release-record-IMP-2025-000417.json", RECORD_JSON));
    }

    static Manufacturer manufacturer() {
        return new Manufacturer(
                "Nordlicht Medical Implants GmbH",
                "Werkstraße 12, 24103 Kiel, Germany",
                "https://www.nordlicht-implants.example");
    }

    DeviceIdentity device() {
        return new DeviceIdentity(
                "Patient-matched acetabular cup",
                "ACT-PM-3",
                SERIAL,
                category,
                category == DeviceCategory.PATIENT_MATCHED ? UDI : null);
    }

    static CaseReference caseReference() {
        return new CaseReference(
                "C-2025-0193",
                PSEUDONYM,
                "Universitätsklinikum Schleswig-Holstein, Kiel",
                "Prof. Dr. M. Jansen",
                LocalDate.of(2025, 3, 27));
    }

    static Materials materials() {
        return new Materials(
                List.of(
                        new PowderLot(
                                "PL-24-0192",
                                "Ti-6Al-4V ELI (Grade 23)",
                                new PowderChemistry(
                                        new BigDecimal("0.135"),
                                        new BigDecimal("0.012"),
                                        new BigDecimal("0.0021"),
                                        new BigDecimal("0.19"),
                                        new BigDecimal("6.12"),
                                        new BigDecimal("4.05"))),
                        new PowderLot(
                                "PL-24-0207",
                                "Ti-6Al-4V ELI (Grade 23)",
                                new PowderChemistry(
                                        new BigDecimal("0.091"),
                                        new BigDecimal("0.010"),
                                        new BigDecimal("0.0018"),
                                        new BigDecimal("0.17"),
                                        new BigDecimal("6.05"),
                                        new BigDecimal("4.11")))),
                new SeparationPlateLot("SP-2024-118", LocalDate.of(2026, 6, 30)));
    }

    static ProcessSummary process() {
        ZonedDateTime buildStart = ZonedDateTime.of(2025, 3, 3, 7, 40, 0, 0, ZONE);
        ZonedDateTime htStart =
                ZonedDateTime.ofInstant(
                        java.time.Instant.ofEpochSecond(FurnaceCurveFixture.START), ZONE);
        return new ProcessSummary(
                new BuildRecord(
                        "B-2025-0311",
                        "EOS M 290 #2 (SN 290-1187)",
                        buildStart,
                        buildStart.plusHours(31)),
                new HeatTreatmentRun(
                        "HT-2025-0088",
                        "Vacuum furnace VF-2",
                        "Stress relief 800 °C / 2 h",
                        htStart,
                        htStart.plusSeconds(FurnaceCurveFixture.SAMPLES),
                        FurnaceCurveFixture.realistic()),
                new CleaningRecord(
                        "CL-2025-0412",
                        "Ultrasonic, alkaline detergent, validated programme P3",
                        ZonedDateTime.of(2025, 3, 11, 10, 15, 0, 0, ZONE),
                        "passed"),
                new DimensionalSummary(
                        "CMM-2025-0530",
                        "CMM, Zeiss Contura",
                        48,
                        48,
                        "+0.041 mm on F12 (±0.10 mm)"));
    }

    ReleaseDecision release() {
        return new ReleaseDecision(
                "SPEC-TI64-PM",
                "4",
                "rules 1.0.0 / drl 3f9a2c1e",
                checks(),
                concessions,
                new SignatureManifestation(
                        "Dr. Anna Weber, Head of Quality",
                        ZonedDateTime.of(2025, 3, 14, 16, 4, 51, 0, ZONE),
                        "RELEASE"));
    }
}
