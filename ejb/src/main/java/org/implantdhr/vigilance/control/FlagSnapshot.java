package org.implantdhr.vigilance.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.implantdhr.rules.vigilance.Exposure;
import org.implantdhr.rules.vigilance.SignalAssessment;

/**
 * What a signal flag showed of one group: its implants, implants with an event, events and
 * implant-days (exact), its rate and the rate it was compared with (per 100 implant-years, as
 * shown), the exact numbers of what it was compared with, the Poisson probability as shown, the
 * rule version, and the day the implant-days were counted to. A QA review keeps the snapshot it
 * reviewed; {@link #changesSince} says whether today's flag is still the one reviewed.
 *
 * @param comparedWith "all" (all implants) or "rest" (the others, when the group is more than a
 *     quarter of all)
 */
public record FlagSnapshot(
        String dimension,
        String group,
        int implants,
        int implantsWithEvent,
        int events,
        long implantDays,
        BigDecimal ratePer100ImplantYears,
        String comparedWith,
        int comparisonImplants,
        int comparisonEvents,
        long comparisonImplantDays,
        BigDecimal comparisonRatePer100ImplantYears,
        BigDecimal poissonProbability,
        String ruleVersion,
        LocalDate countedTo) {

    public FlagSnapshot {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(comparedWith, "comparedWith");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(countedTo, "countedTo");
    }

    /** The snapshot of one group's exposure and assessment, counted to {@code countedTo}. */
    public static FlagSnapshot of(
            String dimension, Exposure group, SignalAssessment assessment, LocalDate countedTo) {
        Exposure comparison = assessment.comparison();
        return new FlagSnapshot(
                dimension,
                group.group(),
                group.implants(),
                group.implantsWithEvent(),
                group.events(),
                group.implantDays(),
                assessment.ratePer100ImplantYears(),
                comparison.group(),
                comparison.implants(),
                comparison.events(),
                comparison.implantDays(),
                assessment.comparisonRatePer100ImplantYears(),
                assessment.poissonProbability(),
                assessment.ruleVersion(),
                countedTo);
    }

    /**
     * What makes today's flag ({@code this}) another flag than the one reviewed, in words; empty
     * when it is the same. The same flag is the same group under the same rule version with the
     * same implants, implants with an event and events. Implant-days grow every day an implant
     * stays at risk, and the rates move with them and with every other group's events: they are
     * shown then and now, but they do not ask for a new review by themselves.
     */
    public List<String> changesSince(FlagSnapshot reviewed) {
        if (!dimension.equals(reviewed.dimension) || !group.equals(reviewed.group)) {
            throw new IllegalArgumentException(
                    "A review of "
                            + reviewed.dimension
                            + " "
                            + reviewed.group
                            + " is not one of "
                            + dimension
                            + " "
                            + group);
        }
        var changes = new ArrayList<String>();
        if (!ruleVersion.equals(reviewed.ruleVersion)) {
            changes.add("rule " + reviewed.ruleVersion + " then, " + ruleVersion + " now");
        }
        changed(changes, "implants", reviewed.implants, implants);
        changed(changes, "implants with an event", reviewed.implantsWithEvent, implantsWithEvent);
        changed(changes, "events", reviewed.events, events);
        return changes;
    }

    private static void changed(List<String> changes, String what, int then, int now) {
        if (then != now) {
            changes.add(what + " " + then + " then, " + now + " now");
        }
    }
}
