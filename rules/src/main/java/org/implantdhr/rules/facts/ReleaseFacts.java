package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.furnace.FurnaceMeasures;

/**
 * The complete input for the release decision of one implant. Every part may be null (absent
 * evidence gives MISSING findings); lists are never null. Only simple types, so it serialises to
 * canonical JSON.
 *
 * @param releaseDate the date the decision is made (for KPI-LEADTIME); given, never read from a
 *     clock
 * @param buildLog measures derived from the raw build log by {@code BuildLogAnalysis}
 * @param furnaceChart measures derived from the raw furnace chart by {@code FurnaceChartAnalysis}
 * @param evidenceRecordedBy user ids of everyone who recorded production or inspection data of this
 *     implant
 * @param measuredMassG the finished implant's measured mass
 * @param chronology the dated process steps with the moments they were recorded (REC-CHRONOLOGY);
 *     null in a snapshot made before it was assembled
 * @param evaluatedAt the moment of the evaluation (no step may lie after it); like the release date
 *     not evidence, null in a snapshot made before it was kept
 */
public record ReleaseFacts(
        String implantSerial,
        LocalDate releaseDate,
        CaseFile caseFile,
        CtScan ctScan,
        Design design,
        List<PowderLot> powderLots,
        PowderBatch powderBatch,
        Machine machine,
        List<Qualification> qualifications,
        ParameterSet parameterSet,
        Build build,
        BuildLogMeasures buildLog,
        List<Coupon> coupons,
        HeatTreatment heatTreatment,
        Furnace furnace,
        FurnaceMeasures furnaceChart,
        Machining machining,
        VisualInspection visualInspection,
        Cleaning cleaning,
        DimensionalInspection dimensionalInspection,
        ComponentLot componentLot,
        List<Nonconformance> nonconformances,
        List<String> evidenceRecordedBy,
        ReleaseSignature releaseSignature,
        BigDecimal measuredMassG,
        Chronology chronology,
        Instant evaluatedAt) {

    public ReleaseFacts {
        powderLots = listOf(powderLots);
        qualifications = listOf(qualifications);
        coupons = listOf(coupons);
        nonconformances = listOf(nonconformances);
        evidenceRecordedBy = listOf(evidenceRecordedBy);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
