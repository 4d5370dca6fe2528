package org.implantdhr.outcome.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The product-limit estimator S(t) = Π (1 − dᵢ/nᵢ) with Greenwood's sum Σ dᵢ/(nᵢ(nᵢ − dᵢ)), in
 * exact fractions. At a time with both events and censorings the censored patients count as at risk
 * for the events (the usual convention: they were still followed at that time). No survival library
 * fits the product (see the research file, clinical-followup.md §4), and the estimator is short
 * enough to be checked line by line.
 */
public final class KaplanMeier {

    private KaplanMeier() {}

    public static SurvivalCurve estimate(Collection<SurvivalTime> times) {
        TreeMap<Long, int[]> byDay = new TreeMap<>();
        for (SurvivalTime time : times) {
            int[] counts = byDay.computeIfAbsent(time.days(), day -> new int[2]);
            counts[time.event() ? 0 : 1]++;
        }
        List<SurvivalStep> steps = new ArrayList<>(byDay.size());
        int atRisk = times.size();
        Rational survival = Rational.ONE;
        Rational greenwood = Rational.ZERO;
        for (var entry : byDay.entrySet()) {
            int events = entry.getValue()[0];
            int censored = entry.getValue()[1];
            if (events > 0) {
                survival = survival.times(Rational.of(atRisk - events, atRisk));
                greenwood =
                        greenwood == null || atRisk == events
                                ? null
                                : greenwood.plus(
                                        Rational.of(events, (long) atRisk * (atRisk - events)));
            }
            steps.add(
                    new SurvivalStep(
                            entry.getKey(), atRisk, events, censored, survival, greenwood));
            atRisk -= events + censored;
        }
        return new SurvivalCurve(times.size(), steps);
    }
}
