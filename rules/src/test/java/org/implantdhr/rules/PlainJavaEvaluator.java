package org.implantdhr.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.criteria.Assessment;
import org.implantdhr.rules.criteria.ChartStorage;
import org.implantdhr.rules.criteria.Days;
import org.implantdhr.rules.criteria.DesignApproval;
import org.implantdhr.rules.criteria.OtherElements;
import org.implantdhr.rules.criteria.Performers;
import org.implantdhr.rules.criteria.Present;
import org.implantdhr.rules.criteria.ProcessOrder;
import org.implantdhr.rules.criteria.Qualifications;
import org.implantdhr.rules.criteria.ReleaseSignatureCheck;
import org.implantdhr.rules.criteria.SupplierCertificate;
import org.implantdhr.rules.criteria.TensileResults;
import org.implantdhr.rules.criteria.Traceability;
import org.implantdhr.rules.design.ExpectedMass;
import org.implantdhr.rules.facts.*;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;

/**
 * The checks of the DRL files written once more as plain Java loops, for the benchmark only: it
 * gives the ratio between the rule engine and a hand-written evaluation of the same checks (issue
 * 3, "Numbers"). It is test code, never used by the server; {@link PlainJavaEvaluatorTest} keeps it
 * giving the same findings as the rules.
 *
 * <p>Each block below mirrors one rule and keeps the rule's matching semantics: a pattern {@code
 * Limit(checkId == X)} matches every limit of that check, so it loops over them; {@code
 * Limit(checkId == X, parameter == P)} matches at most one, so a missing limit means the rule does
 * not fire; a fact type that is absent (null) matches nothing. The finding texts come from the same
 * {@link Judge} and criteria helpers the rules call, so the comparison times the matching and
 * dispatch, not different arithmetic.
 */
final class PlainJavaEvaluator {

    Evaluation evaluate(ReleaseFacts f, Specification spec) {
        RuleSetVersion ruleSet = RuleSetVersion.current();
        Map<String, List<Limit>> byCheck = new LinkedHashMap<>();
        Map<String, Limit> byKey = new LinkedHashMap<>();
        for (Limit limit : spec.limits()) {
            byCheck.computeIfAbsent(limit.checkId(), k -> new ArrayList<>()).add(limit);
            byKey.put(limit.checkId() + "/" + limit.parameter(), limit);
        }
        Checks c = new Checks(f, byCheck, byKey, new ArrayList<>());
        ExpectedMass mass = null;
        if (f.design() != null) {
            Limit density = spec.getLimit("DES-MASS", "density");
            mass =
                    ExpectedMass.of(
                            f.design().stlVolumeCm3(),
                            density.number(),
                            f.measuredMassG(),
                            spec.findLimit("DES-MASS", "deviation_percent").orElse(null));
        }
        c.imagingAndDesign(mass);
        c.powder();
        c.build();
        c.coupons();
        c.heatTreatment();
        c.finishingAndCleaning();
        c.dimensional();
        c.component();
        c.record(new DecisionVersions(spec.code(), spec.version(), ruleSet.toString()));

        List<Finding> findings = c.findings;
        Set<String> covered =
                findings.stream()
                        .filter(x -> !x.subject().equals(SpecifiedCheck.NO_SUBJECT))
                        .map(Finding::checkId)
                        .collect(Collectors.toSet());
        for (Map.Entry<String, String> check : spec.checks().entrySet()) {
            if (!covered.contains(check.getKey())) {
                findings.add(
                        Judge.missing(
                                check.getKey(),
                                SpecifiedCheck.NO_SUBJECT,
                                check.getValue(),
                                "none",
                                check.getValue()
                                        + ": no evidence for this check is in the record."));
            }
        }
        boolean releasable = findings.stream().noneMatch(x -> x.outcome().blocksRelease());
        findings.sort(Finding.BY_CHECK_THEN_SUBJECT);
        return new Evaluation(
                findings, new Verdict(releasable), spec.code(), spec.version(), ruleSet);
    }

    private record Checks(
            ReleaseFacts f,
            Map<String, List<Limit>> byCheck,
            Map<String, Limit> byKey,
            List<Finding> findings) {

        /** Every limit of a check: a pattern {@code Limit(checkId == X)}. */
        List<Limit> all(String checkId) {
            return byCheck.getOrDefault(checkId, List.of());
        }

        /** The limit of a check and parameter, or null: the rule does not fire without it. */
        Limit one(String checkId, String parameter) {
            return byKey.get(checkId + "/" + parameter);
        }

        void each(String checkId, Consumer<Limit> check) {
            all(checkId).forEach(check);
        }

        void with(String checkId, String parameter, Consumer<Limit> check) {
            Limit limit = one(checkId, parameter);
            if (limit != null) {
                check.accept(limit);
            }
        }

        void add(Finding finding) {
            findings.add(finding);
        }

        void imagingAndDesign(ExpectedMass mass) {
            CtScan ct = f.ctScan();
            CaseFile caseFile = f.caseFile();
            Design design = f.design();
            if (ct != null) {
                with(
                        "IMG-SLICE",
                        "slice_thickness",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "CT " + ct.seriesId() + " slice thickness",
                                                ct.sliceThicknessMm(),
                                                "CT series " + ct.seriesId() + " DICOM header")));
                with(
                        "IMG-SLICE",
                        "slice_increment",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "CT " + ct.seriesId() + " slice increment",
                                                ct.sliceIncrementMm(),
                                                "CT series " + ct.seriesId() + " DICOM header")));
                Limit days = one("IMG-AGE", "days"), warning = one("IMG-AGE", "warn_days");
                if (caseFile != null && days != null && warning != null) {
                    add(
                            Judge.valueWithWarning(
                                    days,
                                    warning,
                                    "CT " + ct.seriesId() + " to planned surgery",
                                    Days.between(ct.scanDate(), caseFile.plannedSurgeryDate()),
                                    "CT series "
                                            + ct.seriesId()
                                            + " scan date; case "
                                            + caseFile.caseId()
                                            + " planned surgery date"));
                }
                with(
                        "KPI-LEADTIME",
                        "days",
                        l ->
                                add(
                                        Judge.advisory(
                                                l,
                                                "CT " + ct.seriesId() + " to release",
                                                Days.between(ct.scanDate(), f.releaseDate()),
                                                "CT series scan date; release date")));
            }
            if (design == null) {
                return;
            }
            each(
                    "DES-HASH",
                    l -> {
                        String approved = design.approvedStlSha256();
                        String built = design.buildFileDesignSha256();
                        Boolean same =
                                approved == null || built == null
                                        ? null
                                        : Boolean.valueOf(approved.equalsIgnoreCase(built));
                        add(
                                Judge.criterion(
                                        l,
                                        "design " + design.designId(),
                                        Assessment.is(
                                                same,
                                                "approved "
                                                        + approved
                                                        + ", build file from "
                                                        + built,
                                                "the build file was made from another design",
                                                "a design hash is not recorded"),
                                        "design "
                                                + design.designId()
                                                + " approval record and build file"));
                    });
            each(
                    "DES-APPROVAL",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "design " + design.designId(),
                                            DesignApproval.assess(design, f.caseFile(), f.build()),
                                            "design " + design.designId() + " e-signatures")));
            with(
                    "DES-ENVELOPE",
                    "min_wall",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "design " + design.designId() + " minimum wall",
                                            design.minWallMm(),
                                            "design " + design.designId() + " envelope analysis")));
            with(
                    "DES-ENVELOPE",
                    "max_outer_dimension",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "design "
                                                    + design.designId()
                                                    + " maximum outer dimension",
                                            design.maxOuterDimensionMm(),
                                            "design " + design.designId() + " envelope analysis")));
            Limit closedMesh = one("DES-MASS", "closed_mesh");
            if (closedMesh == null || design.meshDefect() == null) {
                with(
                        "DES-MASS",
                        "deviation_percent",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "implant mass against design " + design.designId(),
                                                mass.deviationPercent(),
                                                "measured mass "
                                                        + mass.measuredG()
                                                        + " g; expected "
                                                        + mass.expectedG()
                                                        + " g from STL volume "
                                                        + design.stlVolumeCm3()
                                                        + " cm³")));
            }
            if (closedMesh != null) {
                add(
                        Judge.criterion(
                                closedMesh,
                                "design " + design.designId() + " mesh",
                                Assessment.is(
                                        design.meshDefect() == null,
                                        "closed, consistently oriented mesh",
                                        design.meshDefect(),
                                        ""),
                                "design " + design.designId() + " STL"));
            }
        }

        void powder() {
            List<String> named = new ArrayList<>();
            for (Limit limit : f.powderLots().isEmpty() ? List.<Limit>of() : allLimits()) {
                if (limit.checkId().startsWith("PWD-CHEM-")
                        && !limit.checkId().equals("PWD-CHEM-OTHER")) {
                    named.add(limit.parameter());
                }
            }
            for (PowderLot lot : f.powderLots()) {
                String certificate =
                        "powder lot "
                                + lot.lotNumber()
                                + " certificate "
                                + (lot.certificate() == null
                                        ? "(absent)"
                                        : lot.certificate().documentRef());
                for (String element :
                        List.of(
                                "PWD-CHEM-AL",
                                "PWD-CHEM-V",
                                "PWD-CHEM-FE",
                                "PWD-CHEM-O",
                                "PWD-CHEM-C",
                                "PWD-CHEM-N",
                                "PWD-CHEM-H",
                                "PWD-CHEM-Y")) {
                    each(
                            element,
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "powder lot "
                                                            + lot.lotNumber()
                                                            + " "
                                                            + l.parameter(),
                                                    lot.certificate() == null
                                                            ? null
                                                            : lot.certificate()
                                                                    .chemistryWtPercent()
                                                                    .get(l.parameter()),
                                                    certificate)));
                }
                Limit each = one("PWD-CHEM-OTHER", "each"),
                        total = one("PWD-CHEM-OTHER", "total"),
                        balance = one("PWD-CHEM-OTHER", "balance");
                if (each != null && total != null && balance != null) {
                    Map<String, BigDecimal> others =
                            lot.certificate() == null
                                    ? Map.of()
                                    : OtherElements.of(
                                            lot.certificate().chemistryWtPercent(),
                                            named,
                                            balance.textValue());
                    add(
                            Judge.value(
                                    each,
                                    "powder lot "
                                            + lot.lotNumber()
                                            + " other element each ("
                                            + OtherElements.highestElement(others)
                                            + " highest)",
                                    OtherElements.highest(others),
                                    certificate));
                    add(
                            Judge.value(
                                    total,
                                    "powder lot " + lot.lotNumber() + " other elements total",
                                    OtherElements.total(others),
                                    certificate));
                }
                each(
                        "PWD-COA",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "powder lot " + lot.lotNumber(),
                                                SupplierCertificate.assess(lot),
                                                "powder lot "
                                                        + lot.lotNumber()
                                                        + " receipt record and approved-supplier list")));
                String psd = "powder lot " + lot.lotNumber() + " particle size report";
                ParticleSize size = lot.particleSize();
                with(
                        "PWD-PSD",
                        "d10",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "powder lot " + lot.lotNumber() + " D10",
                                                size == null ? null : size.d10Um(),
                                                psd)));
                with(
                        "PWD-PSD",
                        "d90",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "powder lot " + lot.lotNumber() + " D90",
                                                size == null ? null : size.d90Um(),
                                                psd)));
                with(
                        "PWD-PSD",
                        "oversize_63um",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "powder lot " + lot.lotNumber() + " oversize",
                                                size == null ? null : size.oversize63UmWtPercent(),
                                                psd)));
                if (lot.carneyFlowS50g() != null) {
                    with(
                            "PWD-FLOW",
                            "carney",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "powder lot " + lot.lotNumber() + " flow",
                                                    lot.carneyFlowS50g(),
                                                    "powder lot "
                                                            + lot.lotNumber()
                                                            + " Carney flow test")));
                } else {
                    with(
                            "PWD-FLOW",
                            "hall",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "powder lot " + lot.lotNumber() + " flow",
                                                    lot.hallFlowS50g(),
                                                    "powder lot "
                                                            + lot.lotNumber()
                                                            + " Hall flow test")));
                }
                with(
                        "PWD-DENSITY",
                        "apparent",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "powder lot "
                                                        + lot.lotNumber()
                                                        + " apparent density",
                                                lot.apparentDensityGcm3(),
                                                "powder lot "
                                                        + lot.lotNumber()
                                                        + " density test")));
            }
            PowderBatch batch = f.powderBatch();
            if (batch == null) {
                return;
            }
            String record = "powder batch " + batch.batchId() + " record";
            with(
                    "PWD-BATCH",
                    "composition",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "powder batch " + batch.batchId() + " composition",
                                            Assessment.of(
                                                    new Present()
                                                            .require(batch.type(), "batch type")
                                                            .require(
                                                                    batch.virginToUsedRatio(),
                                                                    "virgin:used ratio")
                                                            .absent(),
                                                    List.of(),
                                                    batch.type() + " " + batch.virginToUsedRatio()),
                                            record)));
            with(
                    "PWD-BATCH",
                    "reuse_count",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "powder batch " + batch.batchId() + " reuse count",
                                            batch.reuseCount() == null
                                                    ? null
                                                    : BigDecimal.valueOf(batch.reuseCount()),
                                            record)));
            if (batch.type() != PowderBatchType.VIRGIN) {
                with(
                        "PWD-BATCH",
                        "in_house_oxygen",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "powder batch "
                                                        + batch.batchId()
                                                        + " in-house oxygen",
                                                batch.inHouseOxygenWtPercent(),
                                                "powder batch "
                                                        + batch.batchId()
                                                        + " in-house oxygen test")));
            }
        }

        private List<Limit> allLimits() {
            return byCheck.values().stream().flatMap(List::stream).toList();
        }

        void build() {
            Build build = f.build();
            Machine machine = f.machine();
            if (build != null && machine != null) {
                each(
                        "BLD-MACHINE",
                        l -> {
                            add(
                                    Judge.criterion(
                                            l,
                                            "machine " + machine.machineId() + " qualification",
                                            Assessment.is(
                                                    Days.dueOnOrAfter(
                                                            machine.qualifiedUntil(),
                                                            build.endDate()),
                                                    "qualified until "
                                                            + machine.qualifiedUntil()
                                                            + ", build ended "
                                                            + build.endDate(),
                                                    "qualification expired before the build ended",
                                                    "qualification date or build end not recorded"),
                                            "machine "
                                                    + machine.machineId()
                                                    + " qualification record"));
                            add(
                                    Judge.criterion(
                                            l,
                                            "machine "
                                                    + machine.machineId()
                                                    + " O2-sensor calibration",
                                            Assessment.is(
                                                    Days.dueOnOrAfter(
                                                            machine.o2SensorCalibrationDue(),
                                                            build.endDate()),
                                                    "due "
                                                            + machine.o2SensorCalibrationDue()
                                                            + ", build ended "
                                                            + build.endDate(),
                                                    "calibration due before the build ended",
                                                    "calibration due date or build end not recorded"),
                                            "machine "
                                                    + machine.machineId()
                                                    + " calibration record"));
                            add(
                                    Judge.criterion(
                                            l,
                                            "machine "
                                                    + machine.machineId()
                                                    + " laser-power calibration",
                                            Assessment.is(
                                                    Days.dueOnOrAfter(
                                                            machine.laserPowerCalibrationDue(),
                                                            build.endDate()),
                                                    "due "
                                                            + machine.laserPowerCalibrationDue()
                                                            + ", build ended "
                                                            + build.endDate(),
                                                    "calibration due before the build ended",
                                                    "calibration due date or build end not recorded"),
                                            "machine "
                                                    + machine.machineId()
                                                    + " calibration record"));
                        });
            }
            if (build != null) {
                each(
                        "BLD-PEOPLE",
                        l -> {
                            add(
                                    Judge.criterion(
                                            l,
                                            "build " + build.buildId() + " operator",
                                            Qualifications.assess(
                                                    f.qualifications(),
                                                    build.operatorId(),
                                                    build.machineId(),
                                                    build.startDate()),
                                            "training records"));
                            add(
                                    Judge.criterion(
                                            l,
                                            "build " + build.buildId() + " programmer",
                                            Qualifications.assess(
                                                    f.qualifications(),
                                                    build.programmerId(),
                                                    build.machineId(),
                                                    build.startDate()),
                                            "training records"));
                        });
            }
            ParameterSet set = f.parameterSet();
            if (set != null) {
                Limit name = one("BLD-PARAMS", "released_name"),
                        version = one("BLD-PARAMS", "released_version");
                if (name != null && version != null) {
                    add(
                            Judge.text(
                                    name,
                                    "parameter set name and version",
                                    set.name() == null || set.version() == null
                                            ? null
                                            : (set.name() + " " + set.version())
                                                            .equalsIgnoreCase(
                                                                    name.textValue()
                                                                            + " "
                                                                            + version.textValue())
                                                    ? name.textValue()
                                                    : set.name() + " " + set.version(),
                                    "build file parameter set (released: "
                                            + name.textValue()
                                            + " "
                                            + version.textValue()
                                            + ")"));
                }
                with(
                        "BLD-PARAMS",
                        "layer_thickness",
                        l -> {
                            add(
                                    Judge.value(
                                            l,
                                            "parameter set " + set.name() + " layer thickness",
                                            set.layerThicknessUm(),
                                            "parameter set " + set.name() + " " + set.version()));
                            if (build != null) {
                                BigDecimal planned = set.layerThicknessUm();
                                BigDecimal logged = build.logLayerThicknessUm();
                                Boolean same =
                                        planned == null || logged == null
                                                ? null
                                                : Boolean.valueOf(
                                                        planned.stripTrailingZeros()
                                                                .equals(
                                                                        logged
                                                                                .stripTrailingZeros()));
                                add(
                                        Judge.criterion(
                                                l,
                                                "build "
                                                        + build.buildId()
                                                        + " logged layer thickness",
                                                Assessment.is(
                                                        same,
                                                        logged
                                                                + " µm logged, "
                                                                + planned
                                                                + " µm in the parameter set",
                                                        "the build log's layer thickness differs from the parameter set",
                                                        "a layer thickness is not recorded"),
                                                "build " + build.buildId() + " log header"));
                            }
                        });
            }
            if (build == null) {
                return;
            }
            with(
                    "BLD-O2",
                    "gas",
                    l ->
                            add(
                                    Judge.text(
                                            l,
                                            "build " + build.buildId() + " gas",
                                            build.gas(),
                                            "build " + build.buildId() + " log header")));
            BuildLogMeasures log = f.buildLog();
            String logEvidence = "build " + build.buildId() + " log " + build.logSha256();
            if (log != null) {
                with(
                        "BLD-O2",
                        "start_ppm",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "build "
                                                        + build.buildId()
                                                        + " O2 at exposure start",
                                                log.o2AtExposureStartPpm(),
                                                logEvidence)));
                oxygenDuringTheBuild(build, log, logEvidence);
                Limit layers = one("BLD-LAYERS", "criterion");
                if (layers != null && one("BLD-LAYERS", "repeat_any_occurrence") != null) {
                    add(
                            Judge.criterion(
                                    layers,
                                    "build " + build.buildId() + " layers",
                                    Assessment.is(
                                            log.layersOnceEachFromOne(),
                                            "layers "
                                                    + log.firstLayer()
                                                    + " to "
                                                    + log.lastLayer()
                                                    + " in "
                                                    + log.sampleCount()
                                                    + " rows, "
                                                    + log.gapCount()
                                                    + " gap(s), "
                                                    + log.duplicateCount()
                                                    + " repeat(s)",
                                            "first layer "
                                                    + log.firstLayer()
                                                    + (log.firstGapAfterLayer() == null
                                                            ? ""
                                                            : "; first gap after layer "
                                                                    + log.firstGapAfterLayer())
                                                    + (log.firstDuplicateLayer() == null
                                                            ? ""
                                                            : "; layer "
                                                                    + log.firstDuplicateLayer()
                                                                    + " logged more than once"),
                                            "the repeated layer numbers were not derived from the log"),
                                    logEvidence));
                } else {
                    with(
                            "BLD-LAYERS",
                            "criterion",
                            l ->
                                    add(
                                            Judge.criterion(
                                                    l,
                                                    "build " + build.buildId() + " layers",
                                                    Assessment.is(
                                                            log.layersContinuousFromOne(),
                                                            "layers "
                                                                    + log.firstLayer()
                                                                    + " to "
                                                                    + log.lastLayer()
                                                                    + ", "
                                                                    + log.gapCount()
                                                                    + " gap(s), "
                                                                    + log.repeatCount()
                                                                    + " repeat(s)",
                                                            "first layer "
                                                                    + log.firstLayer()
                                                                    + (log.firstGapAfterLayer()
                                                                                    == null
                                                                            ? ""
                                                                            : "; first gap after layer "
                                                                                    + log
                                                                                            .firstGapAfterLayer())
                                                                    + (log.firstRepeatedLayer()
                                                                                    == null
                                                                            ? ""
                                                                            : "; layer "
                                                                                    + log
                                                                                            .firstRepeatedLayer()
                                                                                    + " repeated"),
                                                            ""),
                                                    logEvidence)));
                }
            }
            each(
                    "BLD-EVENTS",
                    l -> {
                        for (BuildEvent event : build.events()) {
                            add(
                                    Judge.criterion(
                                            l,
                                            "build "
                                                    + build.buildId()
                                                    + " event "
                                                    + event.eventId(),
                                            Assessment.of(
                                                    new Present()
                                                            .require(
                                                                    event.dispositionBy(),
                                                                    "dispositioning engineer")
                                                            .require(
                                                                    event.disposition(),
                                                                    "disposition")
                                                            .absent(),
                                                    List.of(),
                                                    event.type()
                                                            + " at "
                                                            + event.at()
                                                            + ": "
                                                            + event.disposition()
                                                            + " by "
                                                            + event.dispositionBy()),
                                            "build "
                                                    + build.buildId()
                                                    + " log event "
                                                    + event.eventId()));
                        }
                        if (build.events().isEmpty()) {
                            add(
                                    Judge.criterion(
                                            l,
                                            "build " + build.buildId() + " events",
                                            Assessment.met("no events logged"),
                                            logEvidence));
                        }
                    });
            with(
                    "BLD-COUPONS",
                    "tensile_count",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "build " + build.buildId() + " tensile coupons",
                                            couponsOf(build, CouponType.TENSILE),
                                            "build " + build.buildId() + " coupon list")));
            with(
                    "BLD-COUPONS",
                    "chemistry_count",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "build " + build.buildId() + " chemistry coupons",
                                            couponsOf(build, CouponType.CHEMISTRY),
                                            "build " + build.buildId() + " coupon list")));
        }

        private BigDecimal couponsOf(Build build, CouponType type) {
            long count =
                    f.coupons().stream()
                            .filter(
                                    c ->
                                            c.type() == type
                                                    && Objects.equals(c.buildId(), build.buildId()))
                            .count();
            return BigDecimal.valueOf(count);
        }

        private void oxygenDuringTheBuild(Build build, BuildLogMeasures log, String evidence) {
            Limit excursionLimit = one("BLD-O2", "excursion_seconds"),
                    peakLimit = one("BLD-O2", "max_ppm"),
                    warning = one("BLD-O2", "warn_ppm");
            if (excursionLimit == null || peakLimit == null || warning == null) {
                return;
            }
            String subject = "build " + build.buildId() + " O2 during the build";
            Finding peak = Judge.value(peakLimit, subject, log.maxO2Ppm(), evidence);
            Finding excursion =
                    Judge.value(excursionLimit, subject, log.longestExcursionSeconds(), evidence);
            String measured =
                    "max "
                            + peak.measured()
                            + ", longest excursion above "
                            + log.excursionThresholdPpm()
                            + " ppm "
                            + excursion.measured();
            String limits =
                    "max "
                            + peakLimit.text()
                            + "; excursion "
                            + excursionLimit.text()
                            + "; WARN above "
                            + warning.text();
            if (peak.outcome() != Outcome.PASS || excursion.outcome() != Outcome.PASS) {
                add(
                        new Finding(
                                "BLD-O2",
                                subject,
                                Outcome.FAIL,
                                measured,
                                limits,
                                peakLimit.comparison(),
                                evidence,
                                "Chamber O2 during build "
                                        + build.buildId()
                                        + " failed: "
                                        + measured
                                        + " ("
                                        + limits
                                        + ")."));
            } else if (!warning.admits(log.maxO2Ppm())) {
                add(
                        Judge.warning(
                                "BLD-O2",
                                subject,
                                measured,
                                limits,
                                evidence,
                                "Chamber O2 during build "
                                        + build.buildId()
                                        + " rose above "
                                        + warning.text()
                                        + " but within the fail limits: "
                                        + measured
                                        + "; QA must acknowledge it."));
            } else {
                add(
                        new Finding(
                                "BLD-O2",
                                subject,
                                Outcome.PASS,
                                measured,
                                limits,
                                peakLimit.comparison(),
                                evidence,
                                "Chamber O2 during build "
                                        + build.buildId()
                                        + " stayed within "
                                        + warning.text()
                                        + ": "
                                        + measured
                                        + "."));
            }
        }

        void coupons() {
            HeatTreatment run = f.heatTreatment();
            for (Coupon coupon : f.coupons()) {
                if (coupon.type() == CouponType.TENSILE) {
                    each(
                            "CPN-TENSILE",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " "
                                                            + l.parameter(),
                                                    TensileResults.value(coupon, l.parameter()),
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " tensile test report")));
                }
                if (coupon.type() == CouponType.CHEMISTRY) {
                    each(
                            "CPN-CHEM",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " "
                                                            + l.parameter(),
                                                    coupon.chemistryWtPercent().get(l.parameter()),
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " chemistry report")));
                    with(
                            "CPN-DENSITY",
                            "relative_density",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " relative density",
                                                    coupon.relativeDensityPercent(),
                                                    "coupon "
                                                            + coupon.couponId()
                                                            + " density report")));
                }
                if (run != null) {
                    each(
                            "CPN-HT",
                            l -> {
                                Boolean same =
                                        coupon.heatTreatmentRunId() == null || run.runId() == null
                                                ? null
                                                : Boolean.valueOf(
                                                        coupon.heatTreatmentRunId()
                                                                .equals(run.runId()));
                                add(
                                        Judge.criterion(
                                                l,
                                                "coupon " + coupon.couponId(),
                                                Assessment.is(
                                                        same,
                                                        "run " + coupon.heatTreatmentRunId(),
                                                        "the implant went through run "
                                                                + run.runId(),
                                                        "the coupon's heat-treatment run is not recorded"),
                                                "coupon "
                                                        + coupon.couponId()
                                                        + " and heat-treatment run "
                                                        + run.runId()
                                                        + " load list"));
                            });
                }
            }
        }

        void heatTreatment() {
            HeatTreatment run = f.heatTreatment();
            if (run == null) {
                return;
            }
            Furnace furnace = f.furnace();
            if (furnace != null) {
                with(
                        "HT-FURNACE",
                        "ams_class",
                        l -> {
                            add(
                                    Judge.value(
                                            l,
                                            "furnace " + furnace.furnaceId() + " class",
                                            furnace.amsClass() == null
                                                    ? null
                                                    : BigDecimal.valueOf(furnace.amsClass()),
                                            "furnace " + furnace.furnaceId() + " master data"));
                            add(
                                    Judge.criterion(
                                            l,
                                            "furnace " + furnace.furnaceId() + " TUS",
                                            Assessment.is(
                                                    Days.dueOnOrAfter(
                                                            furnace.tusDue(), run.runDate()),
                                                    "TUS due "
                                                            + furnace.tusDue()
                                                            + ", run "
                                                            + run.runDate(),
                                                    "TUS overdue on the run date",
                                                    "TUS due date or run date not recorded"),
                                            "furnace " + furnace.furnaceId() + " TUS record"));
                            add(
                                    Judge.criterion(
                                            l,
                                            "furnace " + furnace.furnaceId() + " SAT",
                                            Assessment.is(
                                                    Days.dueOnOrAfter(
                                                            furnace.satDue(), run.runDate()),
                                                    "SAT due "
                                                            + furnace.satDue()
                                                            + ", run "
                                                            + run.runDate(),
                                                    "SAT overdue on the run date",
                                                    "SAT due date or run date not recorded"),
                                            "furnace " + furnace.furnaceId() + " SAT record"));
                        });
            }
            with(
                    "HT-BAND",
                    "recipe",
                    l ->
                            add(
                                    Judge.text(
                                            l,
                                            "run " + run.runId() + " recipe",
                                            run.recipeId(),
                                            "heat-treatment run " + run.runId())));
            with(
                    "HT-BAND",
                    "setpoint",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "run " + run.runId() + " setpoint",
                                            run.recipeSetpointC(),
                                            "heat-treatment run "
                                                    + run.runId()
                                                    + " recipe "
                                                    + run.recipeId())));
            FurnaceMeasures chart = f.furnaceChart();
            String chartEvidence = "furnace chart " + run.chartSha256();
            if (chart != null) {
                with(
                        "HT-SOAK",
                        "soak_minutes",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " soak in "
                                                        + chart.bandLowerC().toPlainString()
                                                        + " – "
                                                        + chart.bandUpperC().toPlainString()
                                                        + " °C",
                                                chart.soakMinutes(),
                                                chartEvidence
                                                        + " ("
                                                        + chart.loadThermocoupleCount()
                                                        + " load TCs, soak "
                                                        + chart.soakStart()
                                                        + " to "
                                                        + chart.soakEnd()
                                                        + ")")));
                with(
                        "HT-OVERSHOOT",
                        "max_load",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " highest load temperature against the band",
                                                chart.maxLoadC(),
                                                chartEvidence)));
                with(
                        "HT-OVERSHOOT",
                        "beta_transus",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " highest load temperature against the β-transus",
                                                chart.maxLoadC(),
                                                chartEvidence)));
                with(
                        "HT-RATE",
                        "heating_rate",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " heating rate over "
                                                        + chart.rateWindowMinutes()
                                                        + " min",
                                                chart.maxHeatingRateCPerMin(),
                                                chartEvidence)));
                if (run.atmosphere() == FurnaceAtmosphere.VACUUM) {
                    with(
                            "HT-ATMOSPHERE",
                            "vacuum",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "run " + run.runId() + " atmosphere",
                                                    chart.maxVacuumMbar(),
                                                    chartEvidence + " vacuum series")));
                }
                if (run.atmosphere() == FurnaceAtmosphere.ARGON) {
                    with(
                            "HT-ATMOSPHERE",
                            "dew_point",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "run " + run.runId() + " atmosphere",
                                                    chart.maxDewPointC(),
                                                    chartEvidence + " dew-point series")));
                }
                with(
                        "HT-COOLING",
                        "door_open",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " temperature at door opening",
                                                chart.doorOpenC(),
                                                chartEvidence)));
                with(
                        "HT-CHART",
                        "criterion",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "run " + run.runId() + " chart",
                                                ChartStorage.assess(
                                                        run.chartSha256(), chart.sampleCount()),
                                                chartEvidence)));
                with(
                        "HT-CHART",
                        "max_sample_gap",
                        l ->
                                add(
                                        Judge.value(
                                                l,
                                                "run "
                                                        + run.runId()
                                                        + " longest gap between samples during heating and soak",
                                                chart.maxSampleGapSeconds(),
                                                chartEvidence
                                                        + (chart.maxSampleGapStart() == null
                                                                ? ""
                                                                : " (no sample from "
                                                                        + chart.maxSampleGapStart()
                                                                        + " to "
                                                                        + chart.maxSampleGapEnd()
                                                                        + ")"))));
            }
            Machining machining = f.machining();
            if (machining != null) {
                each(
                        "HT-SEQUENCE",
                        l -> {
                            Boolean before =
                                    run.endedAt() == null || machining.separatedAt() == null
                                            ? null
                                            : Boolean.valueOf(
                                                    !run.endedAt()
                                                            .isAfter(machining.separatedAt()));
                            add(
                                    Judge.criterion(
                                            l,
                                            "run " + run.runId(),
                                            Assessment.is(
                                                    before,
                                                    "heat treatment ended "
                                                            + run.endedAt()
                                                            + ", separated "
                                                            + machining.separatedAt(),
                                                    "the implant was separated before the heat treatment ended",
                                                    "end of run or separation time not recorded"),
                                            "heat-treatment run "
                                                    + run.runId()
                                                    + " and separation record"));
                        });
            }
        }

        void finishingAndCleaning() {
            Machining machining = f.machining();
            if (machining != null) {
                Limit program = one("FIN-MACHINING", "released_program"),
                        version = one("FIN-MACHINING", "released_version");
                if (program != null && version != null) {
                    String used =
                            machining.programId() == null || machining.programVersion() == null
                                    ? null
                                    : machining.programId() + " " + machining.programVersion();
                    add(
                            Judge.text(
                                    program,
                                    "machining program and version",
                                    used != null
                                                    && used.equalsIgnoreCase(
                                                            program.textValue()
                                                                    + " "
                                                                    + version.textValue())
                                            ? program.textValue()
                                            : used,
                                    "machining record (released: "
                                            + program.textValue()
                                            + " "
                                            + version.textValue()
                                            + ")"));
                }
                if (program != null) {
                    add(
                            Judge.criterion(
                                    program,
                                    "machining machine and operator",
                                    Assessment.of(
                                            new Present()
                                                    .require(machining.machineId(), "machine")
                                                    .require(machining.operatorId(), "operator")
                                                    .absent(),
                                            List.of(),
                                            "machine "
                                                    + machining.machineId()
                                                    + ", operator "
                                                    + machining.operatorId()),
                                    "machining record"));
                }
            }
            VisualInspection visual = f.visualInspection();
            if (visual != null) {
                each(
                        "FIN-VISUAL",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "visual inspection after finishing",
                                                Assessment.is(
                                                        visual.result() == null
                                                                ? null
                                                                : Boolean.valueOf(
                                                                        visual.result()
                                                                                == InspectionResult
                                                                                        .PASS),
                                                        String.valueOf(visual.result()),
                                                        "the inspector rejected the implant",
                                                        "no result recorded"),
                                                "visual inspection by " + visual.inspectorId())));
            }
            Cleaning cleaning = f.cleaning();
            if (cleaning == null) {
                return;
            }
            Limit process = one("CLN-PROCESS", "validated_process"),
                    version = one("CLN-PROCESS", "validated_version");
            if (process != null && version != null) {
                String used =
                        cleaning.processId() == null || cleaning.processVersion() == null
                                ? null
                                : cleaning.processId() + " " + cleaning.processVersion();
                add(
                        Judge.text(
                                process,
                                "cleaning process and version",
                                used != null
                                                && used.equalsIgnoreCase(
                                                        process.textValue()
                                                                + " "
                                                                + version.textValue())
                                        ? process.textValue()
                                        : used,
                                "cleaning run "
                                        + cleaning.runId()
                                        + " (validated: "
                                        + process.textValue()
                                        + " "
                                        + version.textValue()
                                        + ")"));
            }
            String run = "cleaning run " + cleaning.runId();
            with(
                    "CLN-PROCESS",
                    "family",
                    l -> add(Judge.text(l, "cleaning family", cleaning.implantFamily(), run)));
            each(
                    "CLN-VISUAL",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            run + " visual cleanliness",
                                            Assessment.is(
                                                    cleaning.visualResult() == null
                                                            ? null
                                                            : Boolean.valueOf(
                                                                    cleaning.visualResult()
                                                                            == InspectionResult
                                                                                    .PASS),
                                                    String.valueOf(cleaning.visualResult()),
                                                    "visual cleanliness rejected",
                                                    "no result recorded"),
                                            run + " visual inspection")));
            with(
                    "CLN-POWDER",
                    "particles",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            run + " residual powder",
                                            cleaning.residualParticles(),
                                            run + " residual powder assessment")));
            with(
                    "CLN-ENDOTOXIN",
                    "endotoxin",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            run + " endotoxin",
                                            cleaning.endotoxinEuPerDevice(),
                                            run + " endotoxin test")));
            with(
                    "CLN-TOC",
                    "toc",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            run + " TOC",
                                            cleaning.tocMgPerImplant(),
                                            run + " TOC test")));
        }

        void dimensional() {
            DimensionalInspection inspection = f.dimensionalInspection();
            if (inspection == null) {
                return;
            }
            String evidence = "dimensional inspection " + inspection.inspectionId();
            for (Characteristic c : inspection.characteristics()) {
                if (c.critical()) {
                    with(
                            "DIM-CRITICAL",
                            "required_status",
                            l ->
                                    add(
                                            Judge.text(
                                                    l,
                                                    "characteristic " + c.name(),
                                                    c.status(),
                                                    evidence + " (QIF results)")));
                }
                if (c.kind() == CharacteristicKind.HOLE_DIAMETER
                        || c.kind() == CharacteristicKind.HOLE_POSITION) {
                    with(
                            "DIM-HOLES",
                            "deviation",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "characteristic "
                                                            + c.name()
                                                            + " deviation from nominal "
                                                            + c.nominalMm()
                                                            + " mm",
                                                    c.deviationMm(),
                                                    evidence)));
                }
                if (c.kind() == CharacteristicKind.WALL) {
                    with(
                            "DIM-WALL",
                            "min_wall",
                            l ->
                                    add(
                                            Judge.value(
                                                    l,
                                                    "characteristic " + c.name(),
                                                    c.measuredMm(),
                                                    evidence)));
                }
            }
            with(
                    "DIM-FIT",
                    "percent_in_tolerance",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "fit surfaces in tolerance",
                                            inspection.fitSurfacePercentInTolerance(),
                                            evidence + " deviation map")));
            with(
                    "DIM-FIT",
                    "profile_tolerance",
                    l ->
                            add(
                                    Judge.value(
                                            l,
                                            "fit-surface profile tolerance applied",
                                            inspection.fitProfileToleranceMm(),
                                            evidence + " deviation map")));
            each(
                    "DIM-INSTRUMENT",
                    l -> {
                        add(
                                Judge.criterion(
                                        l,
                                        "instrument " + inspection.instrumentId() + " calibration",
                                        Assessment.is(
                                                Days.dueOnOrAfter(
                                                        inspection.instrumentCalibrationDue(),
                                                        inspection.inspectedOn()),
                                                "due "
                                                        + inspection.instrumentCalibrationDue()
                                                        + ", inspected "
                                                        + inspection.inspectedOn(),
                                                "calibration overdue on the inspection date",
                                                "calibration due date or inspection date not recorded"),
                                        evidence));
                        add(
                                Judge.criterion(
                                        l,
                                        "dimensional inspection inspector",
                                        Assessment.of(
                                                new Present()
                                                        .require(
                                                                inspection.inspectorId(),
                                                                "inspector")
                                                        .require(
                                                                inspection.instrumentId(),
                                                                "instrument")
                                                        .absent(),
                                                List.of(),
                                                "inspector " + inspection.inspectorId()),
                                        evidence));
                    });
        }

        void component() {
            ComponentLot lot = f.componentLot();
            if (lot == null) {
                return;
            }
            each(
                    "CMP-LOT",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "component lot " + lot.lotNumber(),
                                            Assessment.of(
                                                    new Present()
                                                            .require(lot.supplier(), "supplier")
                                                            .require(
                                                                    lot.catalogueNumber(),
                                                                    "catalogue number")
                                                            .require(lot.lotNumber(), "lot number")
                                                            .require(
                                                                    lot
                                                                            .certificateOfConformanceRef(),
                                                                    "certificate of conformance")
                                                            .absent(),
                                                    List.of(),
                                                    lot.supplier()
                                                            + " "
                                                            + lot.catalogueNumber()
                                                            + " lot "
                                                            + lot.lotNumber()),
                                            "component lot receipt, certificate "
                                                    + lot.certificateOfConformanceRef())));
            CaseFile caseFile = f.caseFile();
            if (caseFile != null) {
                each(
                        "CMP-EXPIRY",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "component lot " + lot.lotNumber() + " expiry",
                                                Assessment.is(
                                                        Days.dueOnOrAfter(
                                                                lot.expiryDate(),
                                                                caseFile.plannedSurgeryDate()),
                                                        "expires "
                                                                + lot.expiryDate()
                                                                + ", surgery planned "
                                                                + caseFile.plannedSurgeryDate(),
                                                        "the component expires before the planned surgery",
                                                        "expiry or planned surgery date not recorded"),
                                                "component lot "
                                                        + lot.lotNumber()
                                                        + " label; case "
                                                        + caseFile.caseId())));
            }
            each(
                    "CMP-STERILE",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "component lot " + lot.lotNumber() + " sterility",
                                            Assessment.of(
                                                    new Present()
                                                            .require(
                                                                    lot.sterile(), "sterile status")
                                                            .require(
                                                                    lot.sterilisationMethod(),
                                                                    "sterilisation method")
                                                            .absent(),
                                                    List.of(),
                                                    (Boolean.TRUE.equals(lot.sterile())
                                                                    ? "sterile"
                                                                    : "non-sterile")
                                                            + ", "
                                                            + lot.sterilisationMethod()),
                                            "component lot " + lot.lotNumber() + " certificate")));
        }

        void record(DecisionVersions versions) {
            for (Nonconformance ncr : f.nonconformances()) {
                String subject = "nonconformance " + ncr.ncrId();
                boolean open =
                        ncr.status() != NonconformanceStatus.CLOSED
                                || ncr.disposition() == null
                                || ncr.dispositionApprovedBy() == null
                                || (ncr.disposition() == Disposition.USE_AS_IS
                                        && ncr.qaManagerApprovedBy() == null);
                boolean closed =
                        ncr.status() == NonconformanceStatus.CLOSED
                                && ncr.disposition() != null
                                && ncr.disposition() != Disposition.USE_AS_IS
                                && ncr.dispositionApprovedBy() != null;
                boolean concession =
                        ncr.status() == NonconformanceStatus.CLOSED
                                && ncr.disposition() == Disposition.USE_AS_IS
                                && ncr.dispositionApprovedBy() != null
                                && ncr.qaManagerApprovedBy() != null;
                each(
                        "REC-NCR",
                        l -> {
                            if (open) {
                                add(
                                        Judge.criterion(
                                                l,
                                                subject,
                                                Assessment.notMet(
                                                        ncr.status() + ", " + ncr.disposition(),
                                                        "must be closed with an approved disposition (USE_AS_IS also approved by a QA manager)"),
                                                subject));
                            }
                            if (closed) {
                                add(
                                        Judge.criterion(
                                                l,
                                                subject,
                                                Assessment.met(
                                                        "closed, "
                                                                + ncr.disposition()
                                                                + " approved by "
                                                                + ncr.dispositionApprovedBy()),
                                                subject));
                            }
                            if (concession) {
                                add(
                                        Judge.warning(
                                                "REC-NCR",
                                                subject,
                                                "closed, USE_AS_IS approved by QA manager "
                                                        + ncr.qaManagerApprovedBy(),
                                                l.text(),
                                                subject,
                                                "Nonconformance "
                                                        + ncr.ncrId()
                                                        + " is accepted USE_AS_IS (QA manager "
                                                        + ncr.qaManagerApprovedBy()
                                                        + "); it is printed on the certificate and QA must"
                                                        + " acknowledge it."));
                            }
                        });
            }
            if (f.nonconformances().isEmpty()) {
                each(
                        "REC-NCR",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "nonconformances",
                                                Assessment.met("none recorded"),
                                                "nonconformance register")));
            }
            String dhr = "device history record of " + f.implantSerial();
            each(
                    "REC-TRACE",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "implant " + f.implantSerial(),
                                            Traceability.assess(f),
                                            dhr)));
            each(
                    "REC-PEOPLE",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "implant " + f.implantSerial(),
                                            Performers.assess(f),
                                            dhr)));
            ReleaseSignature signature = f.releaseSignature();
            if (signature != null) {
                each(
                        "REC-FOUR-EYES",
                        l -> {
                            Boolean independent =
                                    signature.userId() == null
                                            ? null
                                            : Boolean.valueOf(
                                                    !f.evidenceRecordedBy()
                                                            .contains(signature.userId()));
                            add(
                                    Judge.criterion(
                                            l,
                                            "release by " + signature.userId(),
                                            Assessment.is(
                                                    independent,
                                                    signature.userId()
                                                            + " against "
                                                            + f.evidenceRecordedBy().size()
                                                            + " recorder(s)",
                                                    signature.userId()
                                                            + " recorded production or inspection data of this implant",
                                                    "the releasing user is not recorded"),
                                            "audit trail of " + f.implantSerial()));
                        });
                with(
                        "REC-SIGNATURE",
                        "meaning",
                        l ->
                                add(
                                        Judge.criterion(
                                                l,
                                                "release signature",
                                                ReleaseSignatureCheck.assess(
                                                        signature, l.textValue()),
                                                "release e-signature of " + signature.userId())));
            }
            with(
                    "REC-CHRONOLOGY",
                    "criterion",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "implant " + f.implantSerial() + " process order",
                                            ProcessOrder.assess(f.chronology(), f.evaluatedAt()),
                                            "dated records of implant "
                                                    + f.implantSerial()
                                                    + " and when each was recorded")));
            each(
                    "REC-VERSIONS",
                    l ->
                            add(
                                    Judge.criterion(
                                            l,
                                            "decision versions",
                                            Assessment.of(
                                                    new Present()
                                                            .require(
                                                                    versions.specificationVersion(),
                                                                    "specification version")
                                                            .require(
                                                                    versions.ruleSetVersion(),
                                                                    "rule-set version")
                                                            .absent(),
                                                    List.of(),
                                                    versions.specificationCode()
                                                            + " "
                                                            + versions.specificationVersion()
                                                            + "; rules "
                                                            + versions.ruleSetVersion()),
                                            "decision record")));
        }
    }
}
