package org.implantdhr.release.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.implantdhr.build.boundary.BuildDossier;
import org.implantdhr.build.boundary.BuildDossier.CouponFacts;
import org.implantdhr.build.boundary.BuildDossier.CouponResultFacts;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.build.control.LayerSeries;
import org.implantdhr.rules.buildlog.BuildLogAnalysis;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.buildlog.BuildLogTrace;
import org.implantdhr.rules.facts.Build;
import org.implantdhr.rules.facts.BuildEvent;
import org.implantdhr.rules.facts.Coupon;
import org.implantdhr.rules.facts.CouponType;
import org.implantdhr.rules.facts.Machine;
import org.implantdhr.rules.facts.ParameterSet;
import org.implantdhr.rules.facts.Qualification;

/**
 * A build's dossier as the BLD-* and CPN-* rules read it; the layer trace is reduced to its
 * measures here.
 */
public final class BuildFacts {

    private BuildFacts() {}

    public static Machine machine(BuildDossier d) {
        var m = d.machine();
        return new Machine(
                m.assetId(),
                m.qualifiedUntil(),
                m.o2SensorCalibrationDue(),
                m.laserPowerCalibrationDue());
    }

    public static ParameterSet parameterSet(BuildDossier d) {
        var p = d.parameterSet();
        return new ParameterSet(p.name(), p.version(), p.layerThicknessUm());
    }

    public static List<Qualification> qualifications(BuildDossier d) {
        return Stream.of(d.operator(), d.programmer())
                .flatMap(
                        person ->
                                person.qualifications().stream()
                                        .map(
                                                q ->
                                                        new Qualification(
                                                                person.username(),
                                                                d.machine().assetId(),
                                                                q.validFrom(),
                                                                q.validUntil())))
                .distinct()
                .toList();
    }

    public static Build build(BuildDossier d) {
        var events =
                d.events().stream()
                        .filter(e -> e.type() != BuildEventType.EXPOSURE_START)
                        .map(
                                e ->
                                        new BuildEvent(
                                                String.valueOf(e.id()),
                                                e.type().name(),
                                                e.occurredAt(),
                                                e.dispositionedBy(),
                                                e.disposition()))
                        .toList();
        return new Build(
                d.buildNumber(),
                d.machine().assetId(),
                d.operator().username(),
                d.programmer().username(),
                d.powderBatchNumber(),
                d.startedAt(),
                d.endedAt(),
                d.shieldingGas(),
                loggedLayerThickness(d.layers()),
                d.logSha256(),
                events);
    }

    /** The layer thickness the log states; null when the log is absent or states more than one. */
    static BigDecimal loggedLayerThickness(LayerSeries layers) {
        if (layers.rowCount() == 0) {
            return null;
        }
        double first = layers.layerThicknessUm()[0];
        for (double thickness : layers.layerThicknessUm()) {
            if (thickness != first) {
                return null;
            }
        }
        return InspectionFacts.decimal(first);
    }

    /** Null when no log was imported (the rules then give MISSING). */
    public static BuildLogMeasures buildLog(BuildDossier d, BuildLogAnalysis analysis) {
        LayerSeries layers = d.layers();
        if (layers.rowCount() == 0) {
            return null;
        }
        Long exposureStart =
                d.events().stream()
                        .filter(e -> e.type() == BuildEventType.EXPOSURE_START)
                        .map(e -> e.occurredAt().toEpochMilli())
                        .min(Long::compare)
                        .orElse(null);
        return analysis.analyse(
                new BuildLogTrace(
                        layers.layers(), layers.epochMillis(), layers.o2Ppm(), exposureStart));
    }

    /**
     * Each coupon with its results merged, the latest report winning per value (a coupon may be
     * tested by a tensile and a chemistry laboratory). {@code runNumber} names the heat-treatment
     * run by its id.
     */
    public static List<Coupon> coupons(BuildDossier d, LongFunction<String> runNumber) {
        return d.coupons().stream().map(c -> coupon(d.buildNumber(), c, runNumber)).toList();
    }

    static Coupon coupon(String buildNumber, CouponFacts c, LongFunction<String> runNumber) {
        List<CouponResultFacts> latestFirst =
                c.results().stream()
                        .sorted(
                                Comparator.comparing(CouponResultFacts::testedOn)
                                        .thenComparing(CouponResultFacts::id)
                                        .reversed())
                        .toList();
        Map<String, BigDecimal> chemistry = new LinkedHashMap<>();
        putIfPresent(chemistry, "O", latest(latestFirst, CouponResultFacts::oxygenWtPct));
        putIfPresent(chemistry, "N", latest(latestFirst, CouponResultFacts::nitrogenWtPct));
        putIfPresent(chemistry, "H", latest(latestFirst, CouponResultFacts::hydrogenWtPct));
        return new Coupon(
                c.couponCode(),
                c.purpose().name().equals("TENSILE") ? CouponType.TENSILE : CouponType.CHEMISTRY,
                buildNumber,
                c.heatTreatmentRunId() == null ? null : runNumber.apply(c.heatTreatmentRunId()),
                latest(latestFirst, CouponResultFacts::utsMpa),
                latest(latestFirst, CouponResultFacts::yieldStrengthMpa),
                latest(latestFirst, CouponResultFacts::elongationPct),
                latest(latestFirst, CouponResultFacts::reductionOfAreaPct),
                chemistry,
                latest(latestFirst, CouponResultFacts::relativeDensityPct),
                latestFirst.isEmpty() ? null : latestFirst.get(0).testedBy());
    }

    private static <T> T latest(
            List<CouponResultFacts> latestFirst, Function<CouponResultFacts, T> value) {
        return latestFirst.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void putIfPresent(Map<String, BigDecimal> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
