package org.implantdhr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.rules.ConformingImplant.d;
import static org.implantdhr.rules.EvaluationFixture.evaluate;
import static org.implantdhr.rules.EvaluationFixture.finding;
import static org.implantdhr.rules.Outcome.FAIL;
import static org.implantdhr.rules.Outcome.MISSING;
import static org.implantdhr.rules.Outcome.PASS;
import static org.implantdhr.rules.Outcome.WARN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.facts.*;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.implantdhr.validation.TestEvidenceListener;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Just inside, at and just outside each limit, and absent evidence, one check at a time. Each case
 * names its check as the requirement it proves (validation report).
 */
class CheckBoundaryTest {

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("cases")
    void outcome(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected,
            TestReporter reporter) {
        reporter.publishEntry(TestEvidenceListener.REQUIREMENT_ENTRY, checkId);
        Finding finding = finding(evaluate(change), checkId, subject);

        assertThat(finding.outcome()).as(finding.message()).isEqualTo(expected);
        assertThat(finding.message()).isNotBlank();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("IMG-SLICE", "slice thickness", "0.99", i -> i.sliceThickness = d("0.99"), PASS),
                c(
                        "IMG-SLICE",
                        "slice thickness",
                        "1.0 strictly",
                        i -> i.sliceThickness = d("1.0"),
                        FAIL),
                c("IMG-SLICE", "slice increment", "1.01", i -> i.sliceIncrement = d("1.01"), FAIL),
                c("IMG-SLICE", "slice increment", "absent", i -> i.sliceIncrement = null, MISSING),
                c(
                        "IMG-SLICE",
                        SpecifiedCheck.NO_SUBJECT,
                        "no CT",
                        i -> i.ctPresent = false,
                        MISSING),
                c(
                        "IMG-AGE",
                        "planned surgery",
                        "30 d",
                        i -> i.ctDate = i.caseFile.plannedSurgeryDate().minusDays(30),
                        PASS),
                c(
                        "IMG-AGE",
                        "planned surgery",
                        "31 d",
                        i -> i.ctDate = i.caseFile.plannedSurgeryDate().minusDays(31),
                        WARN),
                c(
                        "IMG-AGE",
                        "planned surgery",
                        "60 d",
                        i -> i.ctDate = i.caseFile.plannedSurgeryDate().minusDays(60),
                        WARN),
                c(
                        "IMG-AGE",
                        "planned surgery",
                        "61 d",
                        i -> i.ctDate = i.caseFile.plannedSurgeryDate().minusDays(61),
                        FAIL),
                c("IMG-AGE", "planned surgery", "no date", i -> i.ctDate = null, MISSING),
                c("DES-HASH", "design", "differs", i -> i.buildFileHash = "d".repeat(64), FAIL),
                c("DES-HASH", "design", "absent", i -> i.approvedHash = null, MISSING),
                c("DES-APPROVAL", "design", "no surgeon", i -> i.designSignatures.remove(1), FAIL),
                c(
                        "DES-APPROVAL",
                        "design",
                        "after build start",
                        i ->
                                i.designSignatures.set(
                                        0,
                                        new ESignature(
                                                "eng-1",
                                                "Eva",
                                                SignerRole.DESIGN_ENGINEER,
                                                SignatureMeaning.APPROVAL,
                                                ConformingImplant.BUILD_START)),
                        FAIL),
                c(
                        "DES-APPROVAL",
                        "design",
                        "other surgeon",
                        i ->
                                i.caseFile =
                                        new CaseFile(
                                                "CASE-1",
                                                i.caseFile.plannedSurgeryDate(),
                                                "surgeon-2"),
                        FAIL),
                c("DES-ENVELOPE", "minimum wall", "1.2", i -> i.minWall = d("1.2"), PASS),
                c("DES-ENVELOPE", "minimum wall", "1.19", i -> i.minWall = d("1.19"), FAIL),
                c("DES-ENVELOPE", "outer dimension", "300", i -> i.maxOuter = d("300"), PASS),
                c("DES-ENVELOPE", "outer dimension", "300.1", i -> i.maxOuter = d("300.1"), FAIL),
                c("DES-MASS", "mass", "+5 %", i -> i.measuredMass = d("186.06"), PASS),
                c("DES-MASS", "mass", "+5.01 %", i -> i.measuredMass = d("186.08"), FAIL),
                c("DES-MASS", "mass", "-5 %", i -> i.measuredMass = d("168.34"), PASS),
                c("DES-MASS", "mass", "-5.01 %", i -> i.measuredMass = d("168.32"), FAIL),
                c("DES-MASS", "mass", "not weighed", i -> i.measuredMass = null, MISSING),
                c(
                        "KPI-LEADTIME",
                        "release",
                        "21 d",
                        i -> i.releaseDate = i.ctDate.plusDays(21),
                        PASS),
                c(
                        "KPI-LEADTIME",
                        "release",
                        "22 d warns",
                        i -> i.releaseDate = i.ctDate.plusDays(22),
                        WARN),
                c(
                        "PWD-CHEM-O",
                        "PL-1 O",
                        "0.1304 rounds to 0.13",
                        i -> i.chemistry.put("O", d("0.1304")),
                        PASS),
                c("PWD-CHEM-O", "PL-1 O", "0.13", i -> i.chemistry.put("O", d("0.13")), PASS),
                c(
                        "PWD-CHEM-O",
                        "PL-1 O",
                        "0.135 rounds half-even to 0.14",
                        i -> i.chemistry.put("O", d("0.135")),
                        FAIL),
                c(
                        "PWD-CHEM-O",
                        "PL-1 O",
                        "0.136 rounds to 0.14",
                        i -> i.chemistry.put("O", d("0.136")),
                        FAIL),
                c("PWD-CHEM-O", "PL-1 O", "absent", i -> i.chemistry.remove("O"), MISSING),
                c(
                        "PWD-CHEM-AL",
                        "PL-1 Al",
                        "5.495 rounds to 5.50",
                        i -> i.chemistry.put("Al", d("5.495")),
                        PASS),
                c("PWD-CHEM-AL", "PL-1 Al", "5.494", i -> i.chemistry.put("Al", d("5.494")), FAIL),
                c(
                        "PWD-CHEM-AL",
                        "PL-1 Al",
                        "6.505 rounds half-even to 6.50",
                        i -> i.chemistry.put("Al", d("6.505")),
                        PASS),
                c("PWD-CHEM-AL", "PL-1 Al", "6.51", i -> i.chemistry.put("Al", d("6.51")), FAIL),
                c("PWD-CHEM-V", "PL-1 V", "4.50", i -> i.chemistry.put("V", d("4.50")), PASS),
                c("PWD-CHEM-V", "PL-1 V", "3.49", i -> i.chemistry.put("V", d("3.49")), FAIL),
                c("PWD-CHEM-FE", "PL-1 Fe", "0.25", i -> i.chemistry.put("Fe", d("0.25")), PASS),
                c("PWD-CHEM-FE", "PL-1 Fe", "0.26", i -> i.chemistry.put("Fe", d("0.26")), FAIL),
                c("PWD-CHEM-C", "PL-1 C", "0.0849", i -> i.chemistry.put("C", d("0.0849")), PASS),
                c("PWD-CHEM-C", "PL-1 C", "0.09", i -> i.chemistry.put("C", d("0.09")), FAIL),
                c("PWD-CHEM-N", "PL-1 N", "0.05", i -> i.chemistry.put("N", d("0.05")), PASS),
                c(
                        "PWD-CHEM-N",
                        "PL-1 N",
                        "0.051 stays 0.05",
                        i -> i.chemistry.put("N", d("0.051")),
                        PASS),
                c("PWD-CHEM-N", "PL-1 N", "0.056", i -> i.chemistry.put("N", d("0.056")), FAIL),
                c(
                        "PWD-CHEM-H",
                        "PL-1 H",
                        "0.0124 rounds to 0.012",
                        i -> i.chemistry.put("H", d("0.0124")),
                        PASS),
                c("PWD-CHEM-H", "PL-1 H", "0.013", i -> i.chemistry.put("H", d("0.013")), FAIL),
                c("PWD-CHEM-Y", "PL-1 Y", "0.005", i -> i.chemistry.put("Y", d("0.005")), PASS),
                c("PWD-CHEM-Y", "PL-1 Y", "0.006", i -> i.chemistry.put("Y", d("0.006")), FAIL),
                c("PWD-CHEM-OTHER", "each", "0.10", i -> i.chemistry.put("Si", d("0.10")), PASS),
                c("PWD-CHEM-OTHER", "each", "0.11", i -> i.chemistry.put("Si", d("0.11")), FAIL),
                c(
                        "PWD-CHEM-OTHER",
                        "total",
                        "0.40",
                        i -> {
                            i.chemistry.put("Si", d("0.10"));
                            i.chemistry.put("Mo", d("0.10"));
                            i.chemistry.put("Cu", d("0.10"));
                            i.chemistry.put("Sn", d("0.10"));
                        },
                        PASS),
                c(
                        "PWD-CHEM-OTHER",
                        "total",
                        "0.41",
                        i -> {
                            i.chemistry.put("Si", d("0.10"));
                            i.chemistry.put("Mo", d("0.10"));
                            i.chemistry.put("Cu", d("0.10"));
                            i.chemistry.put("Sn", d("0.11"));
                        },
                        FAIL),
                c(
                        "PWD-CHEM-OTHER",
                        "total",
                        "none reported",
                        i -> i.chemistry.remove("Si"),
                        MISSING),
                c(
                        "PWD-CHEM-O",
                        "PL-1 O",
                        "no certificate",
                        i -> i.certificatePresent = false,
                        MISSING),
                c("PWD-COA", "PL-1", "lot mismatch", i -> i.certificateLot = "PL-9", FAIL),
                c(
                        "PWD-COA",
                        "PL-1",
                        "supplier approved later",
                        i ->
                                i.supplierApproval =
                                        new SupplierApproval(
                                                "TiPowder AG", i.receivedOn.plusDays(1), null),
                        FAIL),
                c("PWD-COA", "PL-1", "no certificate", i -> i.certificatePresent = false, MISSING),
                c("PWD-PSD", "D10", "15", i -> i.d10 = d("15"), PASS),
                c("PWD-PSD", "D10", "14.9", i -> i.d10 = d("14.9"), FAIL),
                c("PWD-PSD", "D90", "53", i -> i.d90 = d("53"), PASS),
                c("PWD-PSD", "D90", "53.1", i -> i.d90 = d("53.1"), FAIL),
                c("PWD-PSD", "oversize", "0.3", i -> i.oversize = d("0.3"), PASS),
                c("PWD-PSD", "oversize", "0.31", i -> i.oversize = d("0.31"), FAIL),
                c("PWD-FLOW", "flow", "Carney 15", i -> i.carney = d("15"), PASS),
                c("PWD-FLOW", "flow", "Carney 15.1", i -> i.carney = d("15.1"), FAIL),
                c(
                        "PWD-FLOW",
                        "flow",
                        "Hall 40",
                        i -> {
                            i.carney = null;
                            i.hall = d("40");
                        },
                        PASS),
                c(
                        "PWD-FLOW",
                        "flow",
                        "Hall 40.1",
                        i -> {
                            i.carney = null;
                            i.hall = d("40.1");
                        },
                        FAIL),
                c("PWD-FLOW", "flow", "neither", i -> i.carney = null, MISSING),
                c("PWD-DENSITY", "apparent", "2.30", i -> i.apparentDensity = d("2.30"), PASS),
                c("PWD-DENSITY", "apparent", "2.29", i -> i.apparentDensity = d("2.29"), FAIL),
                c("PWD-BATCH", "reuse", "10", i -> i.reuseCount = 10, PASS),
                c("PWD-BATCH", "reuse", "11", i -> i.reuseCount = 11, FAIL),
                c(
                        "PWD-BATCH",
                        "oxygen",
                        "0.1249 rounds to 0.12",
                        i -> i.batchOxygen = d("0.1249"),
                        PASS),
                c(
                        "PWD-BATCH",
                        "oxygen",
                        "0.125 rounds half-even to 0.12",
                        i -> i.batchOxygen = d("0.125"),
                        PASS),
                c("PWD-BATCH", "oxygen", "0.126", i -> i.batchOxygen = d("0.126"), FAIL),
                c("PWD-BATCH", "oxygen", "absent for a blend", i -> i.batchOxygen = null, MISSING),
                c("PWD-BATCH", "composition", "ratio absent", i -> i.ratio = null, MISSING),
                c(
                        "BLD-MACHINE",
                        "qualification",
                        "expired",
                        i ->
                                i.machine =
                                        new Machine(
                                                "M-1",
                                                java.time.LocalDate.parse("2026-03-10"),
                                                i.machine.o2SensorCalibrationDue(),
                                                i.machine.laserPowerCalibrationDue()),
                        FAIL),
                c(
                        "BLD-MACHINE",
                        "O2-sensor",
                        "due on build end",
                        i ->
                                i.machine =
                                        new Machine(
                                                "M-1",
                                                i.machine.qualifiedUntil(),
                                                java.time.LocalDate.parse("2026-03-11"),
                                                i.machine.laserPowerCalibrationDue()),
                        PASS),
                c(
                        "BLD-MACHINE",
                        "laser-power",
                        "due day before",
                        i ->
                                i.machine =
                                        new Machine(
                                                "M-1",
                                                i.machine.qualifiedUntil(),
                                                i.machine.o2SensorCalibrationDue(),
                                                java.time.LocalDate.parse("2026-03-10")),
                        FAIL),
                c("BLD-PEOPLE", "operator", "not qualified", i -> i.qualifications.remove(0), FAIL),
                c(
                        "BLD-PEOPLE",
                        "programmer",
                        "expired",
                        i ->
                                i.qualifications.set(
                                        1,
                                        new Qualification(
                                                "prog-1",
                                                "M-1",
                                                java.time.LocalDate.parse("2025-01-01"),
                                                java.time.LocalDate.parse("2026-03-09"))),
                        FAIL),
                c(
                        "BLD-PARAMS",
                        "name and version",
                        "other version",
                        i -> i.parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "0.9", d("30")),
                        FAIL),
                c(
                        "BLD-PARAMS",
                        "parameter set TI64-ELI-CW-LPBF layer",
                        "100",
                        i -> {
                            i.parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "1.0", d("100"));
                            i.logLayerThickness = d("100");
                        },
                        PASS),
                c(
                        "BLD-PARAMS",
                        "parameter set TI64-ELI-CW-LPBF layer",
                        "101",
                        i -> i.parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "1.0", d("101")),
                        FAIL),
                c(
                        "BLD-PARAMS",
                        "parameter set TI64-ELI-CW-LPBF layer",
                        "20",
                        i -> {
                            i.parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "1.0", d("20"));
                            i.logLayerThickness = d("20");
                        },
                        PASS),
                c(
                        "BLD-PARAMS",
                        "parameter set TI64-ELI-CW-LPBF layer",
                        "19",
                        i -> i.parameterSet = new ParameterSet("TI64-ELI-CW-LPBF", "1.0", d("19")),
                        FAIL),
                c(
                        "BLD-PARAMS",
                        "logged layer",
                        "differs",
                        i -> i.logLayerThickness = d("40"),
                        FAIL),
                c("BLD-O2", "gas", "nitrogen", i -> i.gas = "NITROGEN", FAIL),
                c(
                        "BLD-O2",
                        "exposure start",
                        "1000",
                        i -> i.buildLog = log(d("1000"), d("900"), "0"),
                        PASS),
                c(
                        "BLD-O2",
                        "exposure start",
                        "1001",
                        i -> i.buildLog = log(d("1001"), d("1001"), "0"),
                        FAIL),
                c(
                        "BLD-O2",
                        "during",
                        "1000.5 warns",
                        i -> i.buildLog = log(d("400"), d("1000.5"), "10"),
                        WARN),
                c(
                        "BLD-O2",
                        "during",
                        "excursion 60 s warns",
                        i -> i.buildLog = log(d("400"), d("1500"), "60"),
                        WARN),
                c(
                        "BLD-O2",
                        "during",
                        "excursion 61 s fails",
                        i -> i.buildLog = log(d("400"), d("1500"), "61"),
                        FAIL),
                c(
                        "BLD-O2",
                        "during",
                        "excursion 60.001 s fails",
                        i -> i.buildLog = log(d("400"), d("1500"), "60.001"),
                        FAIL),
                c(
                        "BLD-O2",
                        "during",
                        "excursion 60.9 s fails",
                        i -> i.buildLog = log(d("400"), d("1500"), "60.9"),
                        FAIL),
                c(
                        "BLD-O2",
                        "during",
                        "2000 warns",
                        i -> i.buildLog = log(d("400"), d("2000"), "5"),
                        WARN),
                c(
                        "BLD-O2",
                        "during",
                        "2000.1 fails",
                        i -> i.buildLog = log(d("400"), d("2000.1"), "5"),
                        FAIL),
                c(
                        "BLD-LAYERS",
                        "layers",
                        "gap",
                        i ->
                                i.buildLog =
                                        new BuildLogMeasures(
                                                5000, d("1000"), d("400"), d("800"), d("0"), 1,
                                                5000, 1, 0, 17, null, 0, null),
                        FAIL),
                c(
                        "BLD-LAYERS",
                        "layers",
                        "starts at 2",
                        i ->
                                i.buildLog =
                                        new BuildLogMeasures(
                                                5000, d("1000"), d("400"), d("800"), d("0"), 2,
                                                5000, 0, 0, null, null, 0, null),
                        FAIL),
                c(
                        "BLD-EVENTS",
                        "E-1",
                        "dispositioned",
                        i ->
                                i.buildEvents.add(
                                        new BuildEvent(
                                                "E-1",
                                                "RECOATER",
                                                ConformingImplant.BUILD_START,
                                                "eng-2",
                                                "continue")),
                        PASS),
                c(
                        "BLD-EVENTS",
                        "E-1",
                        "no disposition",
                        i ->
                                i.buildEvents.add(
                                        new BuildEvent(
                                                "E-1",
                                                "RECOATER",
                                                ConformingImplant.BUILD_START,
                                                null,
                                                null)),
                        MISSING),
                c("BLD-COUPONS", "tensile", "2", i -> i.coupons.remove(0), FAIL),
                c("BLD-COUPONS", "chemistry", "0", i -> i.coupons.remove(3), FAIL),
                c(
                        "CPN-TENSILE",
                        "T1 uts",
                        "860",
                        i -> i.coupons.set(0, tensile(d("860"), d("880"), d("14"), d("40"))),
                        PASS),
                c(
                        "CPN-TENSILE",
                        "T1 uts",
                        "859",
                        i -> i.coupons.set(0, tensile(d("859"), d("880"), d("14"), d("40"))),
                        FAIL),
                c(
                        "CPN-TENSILE",
                        "T1 yield",
                        "795",
                        i -> i.coupons.set(0, tensile(d("950"), d("795"), d("14"), d("40"))),
                        PASS),
                c(
                        "CPN-TENSILE",
                        "T1 yield",
                        "794.9",
                        i -> i.coupons.set(0, tensile(d("950"), d("794.9"), d("14"), d("40"))),
                        FAIL),
                c(
                        "CPN-TENSILE",
                        "T1 elongation",
                        "10",
                        i -> i.coupons.set(0, tensile(d("950"), d("880"), d("10"), d("40"))),
                        PASS),
                c(
                        "CPN-TENSILE",
                        "T1 elongation",
                        "9.9",
                        i -> i.coupons.set(0, tensile(d("950"), d("880"), d("9.9"), d("40"))),
                        FAIL),
                c(
                        "CPN-TENSILE",
                        "T1 reduction",
                        "25",
                        i -> i.coupons.set(0, tensile(d("950"), d("880"), d("14"), d("25"))),
                        PASS),
                c(
                        "CPN-TENSILE",
                        "T1 reduction",
                        "24.9",
                        i -> i.coupons.set(0, tensile(d("950"), d("880"), d("14"), d("24.9"))),
                        FAIL),
                c(
                        "CPN-TENSILE",
                        "T1 reduction",
                        "absent",
                        i -> i.coupons.set(0, tensile(d("950"), d("880"), d("14"), null)),
                        MISSING),
                c(
                        "CPN-CHEM",
                        "C1 O",
                        "0.1304",
                        i -> i.coupons.set(3, chem(d("0.1304"), d("99.8"))),
                        PASS),
                c(
                        "CPN-CHEM",
                        "C1 O",
                        "0.136",
                        i -> i.coupons.set(3, chem(d("0.136"), d("99.8"))),
                        FAIL),
                c(
                        "CPN-DENSITY",
                        "C1",
                        "99.5",
                        i -> i.coupons.set(3, chem(d("0.11"), d("99.5"))),
                        PASS),
                c(
                        "CPN-DENSITY",
                        "C1",
                        "99.49",
                        i -> i.coupons.set(3, chem(d("0.11"), d("99.49"))),
                        FAIL),
                c(
                        "CPN-HT",
                        "T2",
                        "other run",
                        i ->
                                i.coupons.set(
                                        1,
                                        new Coupon(
                                                "T2",
                                                CouponType.TENSILE,
                                                "B-1",
                                                "HT-2",
                                                d("950"),
                                                d("880"),
                                                d("14"),
                                                d("40"),
                                                null,
                                                null,
                                                "lab-1")),
                        FAIL),
                c(
                        "HT-FURNACE",
                        "class",
                        "4",
                        i ->
                                i.furnace =
                                        new Furnace(
                                                "F-1", 4, i.furnace.tusDue(), i.furnace.satDue()),
                        PASS),
                c(
                        "HT-FURNACE",
                        "class",
                        "5",
                        i ->
                                i.furnace =
                                        new Furnace(
                                                "F-1", 5, i.furnace.tusDue(), i.furnace.satDue()),
                        FAIL),
                c(
                        "HT-FURNACE",
                        "TUS",
                        "overdue",
                        i ->
                                i.furnace =
                                        new Furnace(
                                                "F-1",
                                                2,
                                                java.time.LocalDate.parse("2026-03-10"),
                                                i.furnace.satDue()),
                        FAIL),
                c(
                        "HT-FURNACE",
                        "SAT",
                        "absent",
                        i -> i.furnace = new Furnace("F-1", 2, i.furnace.tusDue(), null),
                        MISSING),
                c(
                        "HT-BAND",
                        "recipe",
                        "other recipe",
                        i -> i.heatTreatment = ht("SR-730-1H", d("800"), FurnaceAtmosphere.VACUUM),
                        FAIL),
                c(
                        "HT-BAND",
                        "setpoint",
                        "810",
                        i -> i.heatTreatment = ht("SR-800-2H", d("810"), FurnaceAtmosphere.VACUUM),
                        FAIL),
                c(
                        "HT-SOAK",
                        "soak",
                        "120",
                        i -> i.furnaceChart = chart(d("120"), d("806"), d("8"), d("380")),
                        PASS),
                c(
                        "HT-SOAK",
                        "soak",
                        "119.99",
                        i -> i.furnaceChart = chart(d("119.99"), d("806"), d("8"), d("380")),
                        FAIL),
                c(
                        "HT-OVERSHOOT",
                        "against the band",
                        "810",
                        i -> i.furnaceChart = chart(d("130"), d("810"), d("8"), d("380")),
                        PASS),
                c(
                        "HT-OVERSHOOT",
                        "against the band",
                        "810.1",
                        i -> i.furnaceChart = chart(d("130"), d("810.1"), d("8"), d("380")),
                        FAIL),
                c(
                        "HT-OVERSHOOT",
                        "β-transus",
                        "994.9",
                        i -> i.furnaceChart = chart(d("130"), d("994.9"), d("8"), d("380")),
                        PASS),
                c(
                        "HT-OVERSHOOT",
                        "β-transus",
                        "995 strictly",
                        i -> i.furnaceChart = chart(d("130"), d("995"), d("8"), d("380")),
                        FAIL),
                c(
                        "HT-RATE",
                        "heating rate",
                        "10",
                        i -> i.furnaceChart = chart(d("130"), d("806"), d("10"), d("380")),
                        PASS),
                c(
                        "HT-RATE",
                        "heating rate",
                        "10.001",
                        i -> i.furnaceChart = chart(d("130"), d("806"), d("10.001"), d("380")),
                        FAIL),
                c(
                        "HT-ATMOSPHERE",
                        "atmosphere",
                        "1E-4 mbar",
                        i -> i.furnaceChart = vacuum(d("0.0001")),
                        PASS),
                c(
                        "HT-ATMOSPHERE",
                        "atmosphere",
                        "1.1E-4 mbar",
                        i -> i.furnaceChart = vacuum(d("0.00011")),
                        FAIL),
                c(
                        "HT-ATMOSPHERE",
                        "atmosphere",
                        "argon without dew point",
                        i -> i.heatTreatment = ht("SR-800-2H", d("800"), FurnaceAtmosphere.ARGON),
                        MISSING),
                c(
                        "HT-COOLING",
                        "door",
                        "425",
                        i -> i.furnaceChart = chart(d("130"), d("806"), d("8"), d("425")),
                        PASS),
                c(
                        "HT-COOLING",
                        "door",
                        "425.1",
                        i -> i.furnaceChart = chart(d("130"), d("806"), d("8"), d("425.1")),
                        FAIL),
                c(
                        "HT-SEQUENCE",
                        "HT-1",
                        "separated before",
                        i ->
                                i.machining =
                                        new Machining(
                                                "CW-FINISH",
                                                "3",
                                                "CNC-1",
                                                "mach-1",
                                                ConformingImplant.HT_END.minusSeconds(1)),
                        FAIL),
                c(
                        "HT-CHART",
                        "chart",
                        "no hash",
                        i ->
                                i.heatTreatment =
                                        new HeatTreatment(
                                                "HT-1",
                                                "F-1",
                                                "B-1",
                                                "SR-800-2H",
                                                d("800"),
                                                FurnaceAtmosphere.VACUUM,
                                                ConformingImplant.HT_START,
                                                ConformingImplant.HT_END,
                                                null,
                                                "ht-op-1"),
                        MISSING),
                c(
                        "FIN-MACHINING",
                        "program",
                        "other version",
                        i ->
                                i.machining =
                                        new Machining(
                                                "CW-FINISH",
                                                "2",
                                                "CNC-1",
                                                "mach-1",
                                                i.machining.separatedAt()),
                        FAIL),
                c(
                        "FIN-MACHINING",
                        "operator",
                        "absent",
                        i ->
                                i.machining =
                                        new Machining(
                                                "CW-FINISH",
                                                "3",
                                                "CNC-1",
                                                null,
                                                i.machining.separatedAt()),
                        MISSING),
                c(
                        "FIN-VISUAL",
                        "visual",
                        "fail",
                        i -> i.visual = new VisualInspection(InspectionResult.FAIL, "insp-1", null),
                        FAIL),
                c(
                        "CLN-PROCESS",
                        "process",
                        "other",
                        i -> i.cleaning = cleaning("CLN-TI-US", "1", "CHEST-WALL-LATTICE", d("12")),
                        FAIL),
                c(
                        "CLN-PROCESS",
                        "family",
                        "other",
                        i -> i.cleaning = cleaning("CLN-TI-US", "2", "SOLID-PLATE", d("12")),
                        FAIL),
                c(
                        "CLN-VISUAL",
                        "visual",
                        "fail",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.FAIL,
                                                d("12"),
                                                d("3.5"),
                                                d("0.2"),
                                                "lab-2"),
                        FAIL),
                c(
                        "CLN-POWDER",
                        "residual",
                        "50",
                        i -> i.cleaning = cleaning("CLN-TI-US", "2", "CHEST-WALL-LATTICE", d("50")),
                        PASS),
                c(
                        "CLN-POWDER",
                        "residual",
                        "51",
                        i -> i.cleaning = cleaning("CLN-TI-US", "2", "CHEST-WALL-LATTICE", d("51")),
                        FAIL),
                c(
                        "CLN-ENDOTOXIN",
                        "endotoxin",
                        "20",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.PASS,
                                                d("12"),
                                                d("20"),
                                                d("0.2"),
                                                "lab-2"),
                        PASS),
                c(
                        "CLN-ENDOTOXIN",
                        "endotoxin",
                        "20.1",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.PASS,
                                                d("12"),
                                                d("20.1"),
                                                d("0.2"),
                                                "lab-2"),
                        FAIL),
                c(
                        "CLN-TOC",
                        "TOC",
                        "0.5",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.PASS,
                                                d("12"),
                                                d("3"),
                                                d("0.5"),
                                                "lab-2"),
                        PASS),
                c(
                        "CLN-TOC",
                        "TOC",
                        "0.51",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.PASS,
                                                d("12"),
                                                d("3"),
                                                d("0.51"),
                                                "lab-2"),
                        FAIL),
                c(
                        "CLN-TOC",
                        "TOC",
                        "absent",
                        i ->
                                i.cleaning =
                                        new Cleaning(
                                                "CL-1",
                                                "CLN-TI-US",
                                                "2",
                                                "CHEST-WALL-LATTICE",
                                                InspectionResult.PASS,
                                                d("12"),
                                                d("3"),
                                                null,
                                                "lab-2"),
                        MISSING),
                c(
                        "DIM-CRITICAL",
                        "min wall",
                        "REWORK",
                        i ->
                                i.characteristics.set(
                                        2,
                                        new Characteristic(
                                                "min wall",
                                                CharacteristicKind.WALL,
                                                d("1.50"),
                                                null,
                                                d("1.45"),
                                                "REWORK",
                                                true)),
                        FAIL),
                c(
                        "DIM-CRITICAL",
                        "min wall",
                        "NOT_ANALYZED",
                        i ->
                                i.characteristics.set(
                                        2,
                                        new Characteristic(
                                                "min wall",
                                                CharacteristicKind.WALL,
                                                d("1.50"),
                                                null,
                                                d("1.45"),
                                                "NOT_ANALYZED",
                                                true)),
                        FAIL),
                c("DIM-FIT", "in tolerance", "99.9", i -> i.fitPercent = d("99.9"), FAIL),
                c("DIM-FIT", "profile tolerance", "0.6", i -> i.fitTolerance = d("0.6"), FAIL),
                c(
                        "DIM-HOLES",
                        "hole-1 diameter",
                        "0.1",
                        i -> i.characteristics.set(0, hole(d("3.60"))),
                        PASS),
                c(
                        "DIM-HOLES",
                        "hole-1 diameter",
                        "0.11",
                        i -> i.characteristics.set(0, hole(d("3.61"))),
                        FAIL),
                c(
                        "DIM-HOLES",
                        "hole-1 diameter",
                        "-0.11",
                        i -> i.characteristics.set(0, hole(d("3.39"))),
                        FAIL),
                c(
                        "DIM-WALL",
                        "min wall",
                        "1.2",
                        i -> i.characteristics.set(2, wall(d("1.2"))),
                        PASS),
                c(
                        "DIM-WALL",
                        "min wall",
                        "1.19",
                        i -> i.characteristics.set(2, wall(d("1.19"))),
                        FAIL),
                c(
                        "DIM-INSTRUMENT",
                        "calibration",
                        "due on inspection day",
                        i -> i.instrumentCalibrationDue = i.inspectedOn,
                        PASS),
                c(
                        "DIM-INSTRUMENT",
                        "calibration",
                        "overdue",
                        i -> i.instrumentCalibrationDue = i.inspectedOn.minusDays(1),
                        FAIL),
                c("DIM-INSTRUMENT", "inspector", "absent", i -> i.inspector = null, MISSING),
                c(
                        "CMP-LOT",
                        "CL-77",
                        "no certificate",
                        i ->
                                i.componentLot =
                                        new ComponentLot(
                                                "MedTex",
                                                "PTFE-200",
                                                "CL-77",
                                                null,
                                                i.componentLot.expiryDate(),
                                                true,
                                                "EO"),
                        MISSING),
                c(
                        "CMP-EXPIRY",
                        "CL-77",
                        "expires on surgery day",
                        i ->
                                i.componentLot =
                                        new ComponentLot(
                                                "MedTex",
                                                "PTFE-200",
                                                "CL-77",
                                                "COC-77",
                                                i.caseFile.plannedSurgeryDate(),
                                                true,
                                                "EO"),
                        PASS),
                c(
                        "CMP-EXPIRY",
                        "CL-77",
                        "expires the day before",
                        i ->
                                i.componentLot =
                                        new ComponentLot(
                                                "MedTex",
                                                "PTFE-200",
                                                "CL-77",
                                                "COC-77",
                                                i.caseFile.plannedSurgeryDate().minusDays(1),
                                                true,
                                                "EO"),
                        FAIL),
                c(
                        "CMP-STERILE",
                        "CL-77",
                        "method absent",
                        i ->
                                i.componentLot =
                                        new ComponentLot(
                                                "MedTex",
                                                "PTFE-200",
                                                "CL-77",
                                                "COC-77",
                                                i.componentLot.expiryDate(),
                                                true,
                                                null),
                        MISSING),
                c(
                        "REC-NCR",
                        "NCR-1",
                        "open",
                        i ->
                                i.nonconformances.add(
                                        new Nonconformance(
                                                "NCR-1",
                                                NonconformanceStatus.OPEN,
                                                Disposition.REWORK,
                                                null,
                                                null)),
                        FAIL),
                c(
                        "REC-NCR",
                        "NCR-1",
                        "closed rework",
                        i ->
                                i.nonconformances.add(
                                        new Nonconformance(
                                                "NCR-1",
                                                NonconformanceStatus.CLOSED,
                                                Disposition.REWORK,
                                                "qa-2",
                                                null)),
                        PASS),
                c(
                        "REC-NCR",
                        "NCR-1",
                        "use as is without QA manager",
                        i ->
                                i.nonconformances.add(
                                        new Nonconformance(
                                                "NCR-1",
                                                NonconformanceStatus.CLOSED,
                                                Disposition.USE_AS_IS,
                                                "qa-2",
                                                null)),
                        FAIL),
                c(
                        "REC-NCR",
                        "NCR-1",
                        "use as is with QA manager",
                        i ->
                                i.nonconformances.add(
                                        new Nonconformance(
                                                "NCR-1",
                                                NonconformanceStatus.CLOSED,
                                                Disposition.USE_AS_IS,
                                                "qa-2",
                                                "qam-1")),
                        WARN),
                c("REC-TRACE", "IMP", "no component lot", i -> i.componentLot = null, FAIL),
                c(
                        "REC-TRACE",
                        "IMP",
                        "heat treatment of another build",
                        i ->
                                i.heatTreatment =
                                        new HeatTreatment(
                                                "HT-1",
                                                "F-1",
                                                "B-2",
                                                "SR-800-2H",
                                                d("800"),
                                                FurnaceAtmosphere.VACUUM,
                                                ConformingImplant.HT_START,
                                                ConformingImplant.HT_END,
                                                ConformingImplant.CHART_SHA,
                                                "ht-op-1"),
                        FAIL),
                c(
                        "REC-PEOPLE",
                        "IMP",
                        "coupon tester absent",
                        i ->
                                i.coupons.set(
                                        0,
                                        new Coupon(
                                                "T1",
                                                CouponType.TENSILE,
                                                "B-1",
                                                "HT-1",
                                                d("950"),
                                                d("880"),
                                                d("14"),
                                                d("40"),
                                                null,
                                                null,
                                                null)),
                        FAIL),
                c(
                        "REC-FOUR-EYES",
                        "qa-1",
                        "releaser recorded data",
                        i -> i.recordedBy.add("qa-1"),
                        FAIL),
                c(
                        "REC-SIGNATURE",
                        "release signature",
                        "no password",
                        i ->
                                i.signature =
                                        new ReleaseSignature(
                                                "qa-1",
                                                "Quinn QA",
                                                Instant.parse("2026-03-20T15:00:00Z"),
                                                "Europe/Berlin",
                                                SignatureMeaning.RELEASE,
                                                false),
                        FAIL),
                c(
                        "REC-SIGNATURE",
                        "release signature",
                        "meaning approval",
                        i ->
                                i.signature =
                                        new ReleaseSignature(
                                                "qa-1",
                                                "Quinn QA",
                                                Instant.parse("2026-03-20T15:00:00Z"),
                                                "Europe/Berlin",
                                                SignatureMeaning.APPROVAL,
                                                true),
                        FAIL),
                c(
                        "REC-SIGNATURE",
                        "release signature",
                        "no zone",
                        i ->
                                i.signature =
                                        new ReleaseSignature(
                                                "qa-1",
                                                "Quinn QA",
                                                Instant.parse("2026-03-20T15:00:00Z"),
                                                null,
                                                SignatureMeaning.RELEASE,
                                                true),
                        MISSING),
                c(
                        "REC-SIGNATURE",
                        SpecifiedCheck.NO_SUBJECT,
                        "not signed",
                        i -> i.signature = null,
                        MISSING),
                c("REC-VERSIONS", "decision versions", "present", i -> {}, PASS));
    }

    private static Arguments c(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected) {
        return Arguments.of(checkId, subject, description, change, expected);
    }

    private static BuildLogMeasures log(
            BigDecimal atStart, BigDecimal max, String excursionSeconds) {
        return new BuildLogMeasures(
                5000,
                d("1000"),
                atStart,
                max,
                d(excursionSeconds),
                1,
                5000,
                0,
                0,
                null,
                null,
                0,
                null);
    }

    private static Coupon tensile(
            BigDecimal uts, BigDecimal yield, BigDecimal elongation, BigDecimal reduction) {
        return new Coupon(
                "T1",
                CouponType.TENSILE,
                "B-1",
                "HT-1",
                uts,
                yield,
                elongation,
                reduction,
                null,
                null,
                "lab-1");
    }

    private static Coupon chem(BigDecimal oxygen, BigDecimal density) {
        return new Coupon(
                "C1",
                CouponType.CHEMISTRY,
                "B-1",
                "HT-1",
                null,
                null,
                null,
                null,
                java.util.Map.of("O", oxygen, "N", d("0.02"), "H", d("0.005")),
                density,
                "lab-1");
    }

    private static HeatTreatment ht(
            String recipe, BigDecimal setpoint, FurnaceAtmosphere atmosphere) {
        return new HeatTreatment(
                "HT-1",
                "F-1",
                "B-1",
                recipe,
                setpoint,
                atmosphere,
                ConformingImplant.HT_START,
                ConformingImplant.HT_END,
                ConformingImplant.CHART_SHA,
                "ht-op-1");
    }

    private static FurnaceMeasures chart(
            BigDecimal soak, BigDecimal max, BigDecimal rate, BigDecimal door) {
        return new FurnaceMeasures(
                30000,
                6,
                d("790"),
                d("810"),
                d("5"),
                soak,
                null,
                null,
                max,
                rate,
                d("0.00005"),
                null,
                door,
                d("1"),
                null,
                null);
    }

    private static FurnaceMeasures vacuum(BigDecimal mbar) {
        return new FurnaceMeasures(
                30000, 6, d("790"), d("810"), d("5"), d("130"), null, null, d("806"), d("8"), mbar,
                null, d("380"), d("1"), null, null);
    }

    private static Cleaning cleaning(
            String process, String version, String family, BigDecimal particles) {
        return new Cleaning(
                "CL-1",
                process,
                version,
                family,
                InspectionResult.PASS,
                particles,
                d("3.5"),
                d("0.2"),
                "lab-2");
    }

    private static Characteristic hole(BigDecimal measured) {
        return new Characteristic(
                "hole-1 diameter",
                CharacteristicKind.HOLE_DIAMETER,
                d("3.50"),
                d("0.1"),
                measured,
                "PASS",
                true);
    }

    private static Characteristic wall(BigDecimal measured) {
        return new Characteristic(
                "min wall", CharacteristicKind.WALL, d("1.50"), null, measured, "PASS", true);
    }
}
