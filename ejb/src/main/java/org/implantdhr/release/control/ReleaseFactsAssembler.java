package org.implantdhr.release.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.implantdhr.build.boundary.BuildDossier;
import org.implantdhr.build.boundary.BuildDossiers;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.casefile.boundary.CaseFiles;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.finishing.boundary.CleaningRuns;
import org.implantdhr.finishing.boundary.ProcessOperations;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.ProcessOperation;
import org.implantdhr.heattreatment.boundary.HeatTreatmentEvidence;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.powder.boundary.PowderBatches;
import org.implantdhr.powder.entity.PowderBatch;
import org.implantdhr.rules.buildlog.BuildLogAnalysis;
import org.implantdhr.rules.facts.InspectionResult;
import org.implantdhr.rules.facts.Machining;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.facts.ReleaseSignature;
import org.implantdhr.rules.facts.VisualInspection;
import org.implantdhr.rules.furnace.FurnaceChartAnalysis;
import org.implantdhr.rules.specification.Specification;

/**
 * Maps one implant's device history record onto the facts of the release rules. The raw traces
 * (layer log, furnace chart) are read in bulk through their components and reduced to measures with
 * the same specification the evaluation uses. Absent records stay absent: the rules then report
 * MISSING.
 */
@Dependent
public class ReleaseFactsAssembler {

    @PersistenceContext EntityManager em;

    @EJB CaseFiles caseFiles;
    @EJB BuildDossiers buildDossiers;
    @EJB PowderBatches powderBatches;
    @EJB HeatTreatmentRuns heatTreatmentRuns;
    @EJB ProcessOperations processOperations;
    @EJB CleaningRuns cleaningRuns;
    @EJB DimensionalInspections inspections;
    @EJB ComponentLots componentLots;
    @EJB Nonconformances nonconformances;

    @Inject EvidenceRecorders recorders;

    /**
     * The design this implant's part of the build file was made from: stated per implant, else for
     * the build.
     */
    private static String buildFileDesignSha256(Implant implant, BuildDossier dossier) {
        if (implant.buildDesignSha256() != null) {
            return implant.buildDesignSha256();
        }
        return dossier == null ? null : dossier.designSha256();
    }

    /** The facts without a release signature: what QA reviews before signing. */
    public ReleaseFacts assemble(
            Implant implant, LocalDate releaseDate, Specification specification) {
        return assemble(implant, releaseDate, specification, null);
    }

    public ReleaseFacts assemble(
            Implant implant,
            LocalDate releaseDate,
            Specification specification,
            ReleaseSignature signature) {
        CaseFile caseFile = caseFiles.of(implant.caseId(), implant.designId());
        BuildDossier dossier =
                implant.buildId() == null ? null : buildDossiers.of(implant.buildId());
        PowderBatch batch = dossier == null ? null : powderBatches.get(dossier.powderBatchNumber());
        HeatTreatmentEvidence run =
                implant.heatTreatmentRunId() == null
                        ? null
                        : heatTreatmentRuns.evidence(implant.heatTreatmentRunId());
        List<ProcessOperation> operations = processOperations.ofImplant(implant.id());
        String serial = implant.serialNumber();
        var heatTreatment =
                run == null
                        ? null
                        : HeatTreatmentFacts.heatTreatment(
                                run, dossier == null ? null : dossier.buildNumber());
        var cleanings = cleaningRuns.ofImplant(implant.id());
        var inspection = inspections.latestOf(serial);
        // the moment of the evaluation, to the millisecond; not evidence (FactsJson leaves it out
        // of the fingerprint)
        Instant evaluatedAt = RecordingClock.now().truncatedTo(ChronoUnit.MILLIS);
        return new ReleaseFacts(
                serial,
                releaseDate,
                new org.implantdhr.rules.facts.CaseFile(
                        caseFile.caseNumber(), caseFile.plannedSurgeryDate(), surgeonOf(caseFile)),
                RecordFacts.ctScan(caseFile),
                RecordFacts.design(caseFile, buildFileDesignSha256(implant, dossier)),
                batch == null
                        ? List.of()
                        : batch.lots().stream()
                                .map(share -> RecordFacts.powderLot(share.lot()))
                                .sorted(
                                        Comparator.comparing(
                                                org.implantdhr.rules.facts.PowderLot::lotNumber))
                                .toList(),
                batch == null ? null : RecordFacts.powderBatch(batch),
                dossier == null ? null : BuildFacts.machine(dossier),
                dossier == null ? List.of() : BuildFacts.qualifications(dossier),
                dossier == null ? null : BuildFacts.parameterSet(dossier),
                dossier == null ? null : BuildFacts.build(dossier),
                dossier == null
                        ? null
                        : BuildFacts.buildLog(dossier, BuildLogAnalysis.per(specification)),
                dossier == null ? List.of() : BuildFacts.coupons(dossier, this::runNumber),
                heatTreatment,
                run == null ? null : HeatTreatmentFacts.furnace(run),
                run == null
                        ? null
                        : HeatTreatmentFacts.chart(run, FurnaceChartAnalysis.per(specification)),
                machining(operations),
                visualInspection(operations),
                RecordFacts.cleaning(cleanings),
                inspection.map(InspectionFacts::of).orElse(null),
                componentLots
                        .byId(implant.componentLotId())
                        .map(RecordFacts::componentLot)
                        .orElse(null),
                nonconformances.ofImplant(serial).stream()
                        .map(RecordFacts::nonconformance)
                        .toList(),
                recorders.of(implant),
                signature,
                asRecorded(implant.measuredMassG()),
                ChronologyFacts.of(
                        serial,
                        caseFile,
                        dossier,
                        heatTreatment,
                        operations,
                        cleanings,
                        inspection),
                evaluatedAt);
    }

    /**
     * The mass without the zeros the column's scale appends (93.0304, not 93.03040000); the value
     * is unchanged.
     */
    private static BigDecimal asRecorded(BigDecimal grams) {
        if (grams == null) {
            return null;
        }
        BigDecimal stripped = grams.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private String surgeonOf(CaseFile caseFile) {
        return username(caseFile.implantCase().surgeonId());
    }

    private String username(long userId) {
        return em.createQuery("select u.username from UserAccount u where u.id = :id", String.class)
                .setParameter("id", userId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private String runNumber(long runId) {
        return em.createQuery(
                        "select r.runNumber from HeatTreatmentRun r where r.id = :id", String.class)
                .setParameter("id", runId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The last machining step; null when the implant has not been machined. */
    private Machining machining(List<ProcessOperation> operations) {
        return operations.stream()
                .filter(o -> o.type() == OperationType.MACHINING)
                .max(Comparator.comparing(ProcessOperation::performedAt))
                .map(
                        o ->
                                new Machining(
                                        o.programId(),
                                        o.programVersion(),
                                        o.equipment(),
                                        processOperations.operatorOf(o),
                                        separatedAt(operations)))
                .orElse(null);
    }

    /**
     * When the implant was first cut from the build plate (as ProcessOperations.separatedAt tells
     * it), from the operations already read rather than a second query.
     */
    private static Instant separatedAt(List<ProcessOperation> operations) {
        return operations.stream()
                .filter(o -> o.type() == OperationType.SEPARATION)
                .map(ProcessOperation::performedAt)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** The last finishing step with a visual inspection result. */
    private VisualInspection visualInspection(List<ProcessOperation> operations) {
        return operations.stream()
                .filter(o -> o.visualResult() != null)
                .max(Comparator.comparing(ProcessOperation::performedAt))
                .map(
                        o ->
                                new VisualInspection(
                                        InspectionResult.valueOf(o.visualResult().name()),
                                        processOperations.operatorOf(o),
                                        o.performedAt()))
                .orElse(null);
    }
}
