package org.implantdhr.outcome.control;

import java.util.List;
import java.util.Optional;

/**
 * A Kaplan–Meier table: one step per distinct follow-up time, in time order.
 *
 * @param patients how many patients the estimate is over
 */
public record SurvivalCurve(int patients, List<SurvivalStep> steps) {

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /** S(day): the estimate after every step at or before that day (1 before the first event). */
    public Rational survivalAt(long day) {
        return lastStepAtOrBefore(day).map(SurvivalStep::survival).orElse(Rational.ONE);
    }

    /**
     * S(day) where the curve says something: empty when the day lies beyond the longest follow-up
     * and the estimate has not reached 0 (nobody was followed that long, so the curve cannot be
     * carried forward to it).
     */
    public Optional<Rational> estimateAt(long day) {
        Rational survival = survivalAt(day);
        return day <= lastDay() || survival.isZero() ? Optional.of(survival) : Optional.empty();
    }

    /** The interval that goes with {@link #estimateAt}. */
    public Optional<ConfidenceInterval> intervalAt(long day) {
        return estimateAt(day).isPresent() ? confidenceIntervalAt(day) : Optional.empty();
    }

    /** The Greenwood sum that goes with {@link #survivalAt}; null where it is undefined. */
    public Rational greenwoodSumAt(long day) {
        Optional<SurvivalStep> step = lastStepAtOrBefore(day);
        return step.isPresent() ? step.get().greenwoodSum() : Rational.ZERO;
    }

    public Optional<ConfidenceInterval> confidenceIntervalAt(long day) {
        return LogLogInterval.of(survivalAt(day), greenwoodSumAt(day));
    }

    /** Patients still followed and event-free at the start of that day (time ≥ day). */
    public int atRiskAt(long day) {
        int gone = 0;
        for (SurvivalStep step : steps) {
            if (step.day() >= day) {
                break;
            }
            gone += step.events() + step.censored();
        }
        return patients - gone;
    }

    public int eventsUpTo(long day) {
        return steps.stream().filter(s -> s.day() <= day).mapToInt(SurvivalStep::events).sum();
    }

    public int censoredUpTo(long day) {
        return steps.stream().filter(s -> s.day() <= day).mapToInt(SurvivalStep::censored).sum();
    }

    /** The last follow-up time, 0 when there are no patients. */
    public long lastDay() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).day();
    }

    private Optional<SurvivalStep> lastStepAtOrBefore(long day) {
        SurvivalStep last = null;
        for (SurvivalStep step : steps) {
            if (step.day() > day) {
                break;
            }
            last = step;
        }
        return Optional.ofNullable(last);
    }
}
