package org.implantdhr.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The study's outcome report: disease-free survival, hospital stay, adverse events and score
 * changes, overall and per design family, powder lot and build. Every number arrives formatted (and
 * rounded in the direction the outcome component chose); the document prints, it does not compute.
 *
 * @param scope whose patients the report is over (all, or one surgeon's)
 * @param dataAsOf the moment the data were read
 * @param curve the overall disease-free survival curve
 * @param methods how each number was computed (transform, rounding, what "improved" means)
 */
public record OutcomeReportModel(
        ZonedDateTime issuedAt,
        Manufacturer manufacturer,
        String studyTitle,
        String scope,
        ZonedDateTime dataAsOf,
        String issuedBy,
        SurvivalPlot curve,
        List<SurvivalRow> survival,
        List<StayRow> stays,
        List<AdverseEventRow> adverseEvents,
        List<ScoreRow> scores,
        List<String> methods) {

    /** DFS of one group: n, events, censored, the estimate at 24 months and its interval. */
    public record SurvivalRow(
            String group,
            String patients,
            String events,
            String censored,
            String dfs24,
            String interval24,
            String atRisk24) {}

    /** Length of stay of one group, admission to discharge, in days. */
    public record StayRow(
            String group,
            String patients,
            String discharged,
            String median,
            String mean,
            String range,
            String within30) {}

    /** Adverse events of one group: patients with an event of each grade, serious, related. */
    public record AdverseEventRow(
            String group,
            String patients,
            String grade1,
            String grade2,
            String grade3,
            String grade4,
            String grade5,
            String serious,
            String deviceRelated,
            String procedureRelated) {}

    /** One scale of one group: change from baseline to 24 months and the share improved. */
    public record ScoreRow(
            String group,
            String scale,
            String evaluable,
            String assessed,
            String meanChange,
            String improved,
            String inRange,
            String beyondRange) {}

    public OutcomeReportModel {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(curve, "curve");
        survival = List.copyOf(survival);
        stays = List.copyOf(stays);
        adverseEvents = List.copyOf(adverseEvents);
        scores = List.copyOf(scores);
        methods = List.copyOf(methods);
    }
}
