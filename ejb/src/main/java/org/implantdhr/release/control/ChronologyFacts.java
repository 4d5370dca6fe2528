package org.implantdhr.release.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.implantdhr.build.boundary.BuildDossier;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.finishing.boundary.CleaningOfImplant;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.ProcessOperation;
import org.implantdhr.inspection.boundary.InspectionRecord;
import org.implantdhr.rules.facts.Chronology;
import org.implantdhr.rules.facts.DatedStep;
import org.implantdhr.rules.facts.HeatTreatment;
import org.implantdhr.rules.facts.ProcessStep;

/**
 * The dated steps of one implant's record for REC-CHRONOLOGY: the same records the other checks
 * judge (the latest CT, every design approval, the build, the run, the first separation, the last
 * machining, the latest cleaning with a result, the latest inspection), each with the moment its
 * record was created where the record keeps it. The build, the run and the inspection are handed
 * over without it (their boundaries do not carry created_at), so only their order is judged.
 */
final class ChronologyFacts {

    private ChronologyFacts() {}

    static Chronology of(
            String serial,
            CaseFile caseFile,
            BuildDossier dossier,
            HeatTreatment run,
            List<ProcessOperation> operations,
            List<CleaningOfImplant> cleanings,
            Optional<InspectionRecord> inspection) {
        List<DatedStep> steps = new ArrayList<>();
        caseFile.latestCt()
                .ifPresent(
                        ct ->
                                steps.add(
                                        new DatedStep(
                                                ProcessStep.CT_SCAN,
                                                "CT " + ct.studyUid(),
                                                null,
                                                ct.scanDate(),
                                                ct.createdAt())));
        for (DesignApproval approval : caseFile.approvals()) {
            steps.add(
                    new DatedStep(
                            ProcessStep.DESIGN_APPROVAL,
                            "design approval by " + approval.signerUsername(),
                            approval.signedAt(),
                            null,
                            null));
        }
        if (dossier != null) {
            String build = "build " + dossier.buildNumber();
            steps.add(
                    new DatedStep(ProcessStep.BUILD_START, build, dossier.startedAt(), null, null));
            steps.add(new DatedStep(ProcessStep.BUILD_END, build, dossier.endedAt(), null, null));
        }
        if (run != null) {
            steps.add(
                    new DatedStep(
                            ProcessStep.HEAT_TREATMENT,
                            "heat-treatment run " + run.runId(),
                            run.startedAt(),
                            null,
                            null));
        }
        operations.stream()
                .filter(o -> o.type() == OperationType.SEPARATION)
                .min(Comparator.comparing(ProcessOperation::performedAt))
                .ifPresent(
                        o ->
                                steps.add(
                                        operation(
                                                ProcessStep.SEPARATION,
                                                "separation of " + serial,
                                                o)));
        operations.stream()
                .filter(o -> o.type() == OperationType.MACHINING)
                .max(Comparator.comparing(ProcessOperation::performedAt))
                .ifPresent(
                        o ->
                                steps.add(
                                        operation(
                                                ProcessStep.MACHINING,
                                                "machining of " + serial,
                                                o)));
        cleanings.stream()
                .filter(c -> c.result() != null)
                .max(Comparator.comparing((CleaningOfImplant c) -> c.run().performedAt()))
                .ifPresent(
                        c ->
                                steps.add(
                                        new DatedStep(
                                                ProcessStep.CLEANING,
                                                "cleaning run " + c.run().runNumber(),
                                                c.run().performedAt(),
                                                null,
                                                c.run().createdAt())));
        inspection.ifPresent(
                i ->
                        steps.add(
                                new DatedStep(
                                        ProcessStep.DIMENSIONAL_INSPECTION,
                                        "dimensional inspection " + i.id(),
                                        i.inspectedAt(),
                                        null,
                                        null)));
        return new Chronology(steps);
    }

    private static DatedStep operation(ProcessStep step, String record, ProcessOperation o) {
        return new DatedStep(step, record, o.performedAt(), null, o.createdAt());
    }
}
