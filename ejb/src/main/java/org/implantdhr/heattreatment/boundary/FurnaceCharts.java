package org.implantdhr.heattreatment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.heattreatment.control.AtmosphereTrace;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.implantdhr.heattreatment.control.FurnaceChartParser;
import org.implantdhr.heattreatment.control.FurnaceSamples;
import org.implantdhr.heattreatment.control.FurnaceTrace;
import org.implantdhr.heattreatment.control.FurnaceTraceReader;
import org.implantdhr.heattreatment.entity.HeatTreatmentRun;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The furnace chart of a run: the file kept byte for byte, every sample of it stored in the same
 * transaction. A chart that cannot be read is refused whole, and nothing of it is kept.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class FurnaceCharts {

    private static final String REFUSED = "The furnace chart cannot be accepted";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject EvidenceFiles files;

    @Inject FurnaceSamples samples;

    @Inject FurnaceTraceReader traces;

    @EJB HeatTreatmentRuns runs;

    /**
     * A second chart supersedes the first only for a reason; the first file stays in the evidence
     * archive.
     */
    @Inject NotAfterRecording notAfterRecording;

    @RolesAllowed("OPERATOR")
    public HeatTreatmentRun importChart(
            String runNumber, String fileName, byte[] content, String reason) {
        HeatTreatmentRun run = runs.get(runNumber);
        boolean superseding = run.chart() != null;
        if (superseding && (reason == null || reason.isBlank())) {
            throw new ConflictingRecordException(
                    "Heat-treatment run "
                            + runNumber
                            + " already has a furnace chart ("
                            + run.chart().fileName()
                            + "); give a reason to supersede it");
        }
        FurnaceChart chart = new FurnaceChartParser().parse(content);
        notAfterRecording
                .firstAfter(chart.epochMillis())
                .ifPresent(
                        sample -> {
                            // an accepted file has no empty or left-out lines: sample s is line s +
                            // 2 (the header is line 1)
                            throw new InvalidEvidenceException(
                                    REFUSED,
                                    "line " + (sample + 2) + ", column timestamp",
                                    chart.timestamp(sample)
                                            + " lies after the moment the chart is recorded ("
                                            + RecordingClock.now()
                                            + ")");
                        });
        var atmosphere = chart.atmosphere().map(AtmosphereTrace::kind).orElse(null);
        if (atmosphere != null
                && run.atmosphere() != null
                && atmosphere != run.atmosphere().tracedAs()) {
            throw new InvalidEvidenceException(
                    REFUSED,
                    "header",
                    "the chart records "
                            + atmosphere
                            + " but run "
                            + runNumber
                            + " was recorded under "
                            + run.atmosphere());
        }
        var before = run.auditState();
        EvidenceFile file = files.store(EvidenceKind.FURNACE_CHART, fileName, content);
        if (superseding) {
            samples.erase(run.id());
        }
        run.attachChart(file, atmosphere);
        em.flush();
        samples.write(run.id(), chart);
        if (superseding) {
            audit.changed(run, before, reason);
        } else {
            audit.event(
                    "ATTACH",
                    run,
                    "furnace chart "
                            + file.fileName()
                            + " sha256 "
                            + file.sha256()
                            + ", "
                            + chart.sampleCount()
                            + " samples of "
                            + chart.thermocoupleCount()
                            + " thermocouples",
                    null);
        }
        return run;
    }

    public EvidenceFile chartFile(String runNumber) {
        HeatTreatmentRun run = runs.get(runNumber);
        if (run.chart() == null) {
            throw new NoSuchRecordException("Furnace chart of run", runNumber);
        }
        return run.chart();
    }

    /** Every sample of the run's chart; an empty trace when none was imported. */
    public FurnaceTrace trace(String runNumber) {
        HeatTreatmentRun run = runs.get(runNumber);
        return traces.read(run.id(), run.atmosphereTrace());
    }
}
