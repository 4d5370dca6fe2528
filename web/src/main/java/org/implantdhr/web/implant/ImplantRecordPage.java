package org.implantdhr.web.implant;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.build.boundary.BuildDossiers;
import org.implantdhr.build.boundary.Builds;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.casefile.boundary.CaseFiles;
import org.implantdhr.evidence.boundary.EvidenceOfImplant;
import org.implantdhr.evidence.boundary.RecordFile;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.inspection.boundary.InspectionRecord;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.boundary.DecisionRecord;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.release.boundary.ReleaseEvaluations;
import org.implantdhr.release.control.BuildFacts;
import org.implantdhr.release.control.Readiness;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.buildlog.BuildLogAnalysis;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.furnace.FurnaceChartAnalysis;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.implantdhr.rules.furnace.FurnaceTrace;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.specification.control.BaselineSpecification;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.trace.boundary.Traces;
import org.implantdhr.web.build.OxygenPerLayerSvg;
import org.implantdhr.web.heattreatment.FurnaceCurveSvg;
import org.implantdhr.web.inspection.DeviationSvg;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.release.ReleaseFindings;

/**
 * One implant's device history record on one page: every step with its raw files, the latest
 * evaluation's findings, the decision and certificate, and the three plots (furnace curve, O2 per
 * layer, dimensional deviations) drawn on the server with the same analysis and the same
 * specification version the rules used. Read-only: the actions on the record live on the review
 * page.
 */
@Named
@RequestScoped
public class ImplantRecordPage {

    private static final Logger LOG = Logger.getLogger(ImplantRecordPage.class.getName());
    private static final Set<ImplantStatus> CERTIFIED =
            Set.of(
                    ImplantStatus.RELEASED,
                    ImplantStatus.RECALLED,
                    ImplantStatus.IMPLANTED,
                    ImplantStatus.EXPLANTED);

    /** A fact of a step, named for a person. */
    public record Fact(String name, String value) {}

    /** One step of the record: what kind of record, its key, its facts and its raw files. */
    public record Step(String kind, String key, List<Fact> facts, List<RecordFile> files) {}

    @EJB Implants implants;
    @EJB CaseFiles caseFiles;
    @EJB Traces traces;
    @EJB EvidenceOfImplant evidence;
    @EJB ReleaseEvaluations evaluations;
    @EJB ReleaseDecisions decisions;
    @EJB Nonconformances nonconformances;
    @EJB HeatTreatmentRuns heatTreatmentRuns;
    @EJB BuildDossiers buildDossiers;
    @EJB Builds builds;
    @EJB DimensionalInspections inspections;
    @EJB Specifications specifications;

    private String serial;
    private Implant implant;
    private CaseFile caseFile;
    private List<Step> steps = List.of();
    private EvaluationRecord evaluation;
    private DecisionRecord decision;
    private Readiness readiness;
    private List<NonconformanceRecord> reports = List.of();
    private Specification specification;
    private String furnaceSvg;
    private FurnaceMeasures furnaceMeasures;
    private String oxygenSvg;
    private BuildLogMeasures buildLogMeasures;
    private String deviationSvg;
    private InspectionRecord inspection;

    /** The view action: reads the whole record once. */
    public void load() {
        if (serial == null || serial.isBlank()) {
            PageErrors.atTop("Name an implant: /record/implant.xhtml?serial=...");
            return;
        }
        try {
            implant = implants.get(serial.strip());
        } catch (NoSuchRecordException e) {
            PageErrors.atTop("There is no implant " + serial.strip() + ".");
            return;
        } catch (EJBAccessException e) {
            PageErrors.atTop("Your role does not read implant records.");
            return;
        }
        serial = implant.serialNumber();
        caseFile = caseFiles.of(implant.caseId(), implant.designId());
        evaluation = optional(() -> evaluations.latest(serial));
        decision = optional(() -> decisions.decision(serial));
        reports = nonconformances.ofImplant(serial);
        if (callerIs("QA") || callerIs("QA_MANAGER")) {
            readiness = decisions.readiness(serial);
        }
        specification =
                evaluation != null
                        ? specifications.toRules(
                                evaluation.specificationCode(), evaluation.specificationVersion())
                        : specifications
                                .effectiveOn(BaselineSpecification.CODE, RecordingClock.today())
                                .toRules();
        steps = steps();
        drawFurnaceCurve();
        drawOxygen();
        drawDeviations();
    }

    private List<Step> steps() {
        List<RecordFile> files = evidence.of(serial);
        var list = new ArrayList<Step>();
        caseFile.imaging()
                .forEach(
                        study ->
                                list.add(
                                        new Step(
                                                "imaging",
                                                study.studyUid(),
                                                List.of(
                                                        new Fact("modality", study.modality()),
                                                        new Fact(
                                                                "scan date",
                                                                String.valueOf(study.scanDate())),
                                                        new Fact(
                                                                "slice thickness",
                                                                study.sliceThicknessMm()
                                                                                .toPlainString()
                                                                        + " mm"),
                                                        new Fact(
                                                                "slice increment",
                                                                study.sliceIncrementMm()
                                                                                .toPlainString()
                                                                        + " mm"),
                                                        new Fact(
                                                                "scanner",
                                                                study.scannerModel() == null
                                                                        ? "—"
                                                                        : study.scannerModel())),
                                                List.of())));
        List<RecordFile> unmatched = new ArrayList<>(files);
        for (TraceLink link : traces.backward(serial)) {
            List<RecordFile> own =
                    files.stream()
                            .filter(f -> f.step().equals(link.kind()) && f.key().equals(link.key()))
                            .toList();
            unmatched.removeAll(own);
            List<Fact> facts =
                    link.details().entrySet().stream()
                            .sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> new Fact(spoken(e.getKey()), String.valueOf(e.getValue())))
                            .toList();
            list.add(new Step(link.kind(), link.key(), facts, own));
        }
        if (implant.measuredMassG() != null) {
            list.add(
                    new Step(
                            "mass",
                            implant.measuredMassG().toPlainString() + " g",
                            List.of(),
                            List.of()));
        }
        if (!unmatched.isEmpty()) {
            list.add(new Step("other files", "", List.of(), unmatched));
        }
        return list;
    }

    private void drawFurnaceCurve() {
        if (implant.heatTreatmentRunId() == null) {
            return;
        }
        try {
            var run = heatTreatmentRuns.evidence(implant.heatTreatmentRunId());
            if (run.trace() == null
                    || run.epochMillis().length < 2
                    || run.loadThermocouplesC().length == 0) {
                return;
            }
            furnaceMeasures =
                    FurnaceChartAnalysis.per(specification)
                            .analyse(
                                    new FurnaceTrace(
                                            run.epochMillis(),
                                            run.loadThermocouplesC(),
                                            run.vacuumMbar(),
                                            run.dewPointC(),
                                            run.doorOpenedEpochMilli()));
            double upper = furnaceMeasures.bandUpperC().doubleValue();
            double overshoot =
                    upper(specification, "HT-OVERSHOOT", "max_load")
                            .map(BigDecimal::doubleValue)
                            .orElse(upper);
            furnaceSvg =
                    new FurnaceCurveSvg(
                                    run.trace().loadThermocoupleNames(),
                                    run.epochSeconds(),
                                    run.loadThermocouplesC(),
                                    furnaceMeasures.bandLowerC().doubleValue(),
                                    upper,
                                    overshoot,
                                    furnaceMeasures.soakStart() == null
                                            ? null
                                            : furnaceMeasures.soakStart().getEpochSecond(),
                                    furnaceMeasures.soakEnd() == null
                                            ? null
                                            : furnaceMeasures.soakEnd().getEpochSecond())
                            .render();
        } catch (RuntimeException e) {
            cannotDraw("furnace chart", e);
        }
    }

    private void drawOxygen() {
        if (implant.buildId() == null) {
            return;
        }
        try {
            var dossier = buildDossiers.of(implant.buildId());
            var layers = dossier.layers();
            if (layers.rowCount() == 0) {
                return;
            }
            buildLogMeasures = BuildFacts.buildLog(dossier, BuildLogAnalysis.per(specification));
            oxygenSvg =
                    new OxygenPerLayerSvg(
                                    layers.layers(),
                                    layers.epochSeconds(),
                                    layers.o2Ppm(),
                                    buildLogMeasures.excursionThresholdPpm().doubleValue(),
                                    upper(specification, "BLD-O2", "max_ppm")
                                            .map(BigDecimal::doubleValue)
                                            .orElse(null),
                                    upper(specification, "BLD-O2", "excursion_seconds")
                                            .map(BigDecimal::longValue)
                                            .orElse(null))
                            .render();
        } catch (RuntimeException e) {
            cannotDraw("build log", e);
        }
    }

    private void drawDeviations() {
        try {
            inspection = inspections.latestOf(serial).orElse(null);
            if (inspection == null) {
                return;
            }
            deviationSvg =
                    new DeviationSvg(
                                    inspection.characteristics().stream()
                                            .sorted(Comparator.comparingInt(c -> c.seq()))
                                            .map(
                                                    c ->
                                                            new DeviationSvg.Row(
                                                                    c.name(),
                                                                    c.kind(),
                                                                    c.nominalMm(),
                                                                    c.lowerToleranceMm(),
                                                                    c.upperToleranceMm(),
                                                                    c.measuredMm(),
                                                                    c.status(),
                                                                    c.critical()))
                                            .toList())
                            .render();
        } catch (RuntimeException e) {
            cannotDraw("dimensional results", e);
        }
    }

    private static java.util.Optional<BigDecimal> upper(
            Specification specification, String check, String parameter) {
        return specification.findLimit(check, parameter).map(Limit::upper);
    }

    private void cannotDraw(String what, RuntimeException e) {
        LOG.log(Level.WARNING, "Cannot draw the " + what + " of " + serial, e);
        // the exception's own text is for the log: it can name classes and internals
        PageErrors.atTop(
                "The " + what + " of this implant cannot be drawn; the server log says why.");
    }

    private static <T> T optional(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (NoSuchRecordException e) {
            return null;
        }
    }

    /** "patientPseudonym" → "patient pseudonym". */
    static String spoken(String camelCase) {
        return camelCase
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT)
                .replace("sha256", "SHA-256");
    }

    private static boolean callerIs(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /**
     * QA's next step on the record, as the release component judges it (null for the other roles,
     * and once the implant is decided): the release-actions area offers that step and never a
     * release that would be refused.
     */
    public Readiness getReadiness() {
        return readiness == null || readiness.decided() ? null : readiness;
    }

    /** The oldest open nonconformance report: the next action on a blocked implant. */
    public NonconformanceRecord getFirstOpenReport() {
        return reports.stream()
                .filter(
                        n ->
                                n.status()
                                        == org.implantdhr.nonconformance.entity.NonconformanceStatus
                                                .OPEN)
                .findFirst()
                .orElse(null);
    }

    /**
     * QA may open the review (evaluate, acknowledge, disposition, release) while the implant is
     * undecided.
     */
    public boolean isReviewable() {
        return getReadiness() != null;
    }

    public boolean isCertified() {
        return implant != null && CERTIFIED.contains(implant.status());
    }

    public boolean isFound() {
        return implant != null;
    }

    /**
     * Findings of an outcome, without the checks that wait for the release signature (they are no
     * obstacle).
     */
    public long countOf(String outcome) {
        return ReleaseFindings.of(evaluation).count(Outcome.valueOf(outcome));
    }

    /**
     * REC-FOUR-EYES, REC-SIGNATURE: MISSING until the release signature is made, then judged on it.
     */
    public List<String> getAwaitingTheSignature() {
        return ReleaseFindings.of(evaluation).awaitingTheSignature().stream()
                .map(f -> f.checkId())
                .toList();
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    /**
     * "B-12 · x 45.0 mm, y 82.5 mm (P3)": the build and where the implant stood on its plate ("not
     * recorded" for builds before positions were kept); null when it is in no build.
     */
    public String getBuildAndPlatePosition() {
        if (implant == null || implant.buildId() == null) {
            return null;
        }
        return builds.numberOf(implant.buildId())
                + " · plate position "
                + PlatePosition.text(implant.plateXMm(), implant.plateYMm(), implant.plateLabel());
    }

    public Implant getImplant() {
        return implant;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public EvaluationRecord getEvaluation() {
        return evaluation;
    }

    public DecisionRecord getDecision() {
        return decision;
    }

    public List<NonconformanceRecord> getReports() {
        return reports;
    }

    public String getFurnaceSvg() {
        return furnaceSvg;
    }

    public FurnaceMeasures getFurnaceMeasures() {
        return furnaceMeasures;
    }

    public String getOxygenSvg() {
        return oxygenSvg;
    }

    public BuildLogMeasures getBuildLogMeasures() {
        return buildLogMeasures;
    }

    public String getDeviationSvg() {
        return deviationSvg;
    }

    public InspectionRecord getInspection() {
        return inspection;
    }

    public String getSpecificationVersion() {
        return specification == null ? null : specification.code() + " " + specification.version();
    }
}
