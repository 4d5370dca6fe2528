package org.implantdhr.vigilance.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.rules.vigilance.Exposure;

/**
 * One implanted implant as a member of one group (a powder lot, build, heat-treatment run or design
 * family): when it went in, when its time at risk ended (explant, death, the last visit of a
 * follow-up that ended; null while it is still followed), and its events (device-attributed adverse
 * events, and the explant or revision).
 */
public record ImplantAtRisk(
        String group, long implantationId, LocalDate implantedOn, LocalDate endedOn, int events) {

    /**
     * Whole days at risk up to {@code today} when its time at risk has not ended; never negative.
     */
    public long daysAtRisk(LocalDate today) {
        LocalDate end = endedOn == null || endedOn.isAfter(today) ? today : endedOn;
        return Math.max(0, ChronoUnit.DAYS.between(implantedOn, end));
    }

    /**
     * The groups' exposures in the order their groups first appear: implants, implants with an
     * event, events and implant-days, summed exactly in whole numbers.
     */
    public static List<Exposure> exposures(List<ImplantAtRisk> members, LocalDate today) {
        record Sum(int implants, int withEvent, int events, long days) {}
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (ImplantAtRisk m : members) {
            sums.merge(
                    m.group(),
                    new Sum(1, m.events() > 0 ? 1 : 0, m.events(), m.daysAtRisk(today)),
                    (a, b) ->
                            new Sum(
                                    a.implants() + b.implants(),
                                    a.withEvent() + b.withEvent(),
                                    a.events() + b.events(),
                                    Math.addExact(a.days(), b.days())));
        }
        var exposures = new ArrayList<Exposure>();
        sums.forEach(
                (group, s) ->
                        exposures.add(
                                new Exposure(
                                        group, s.implants(), s.withEvent(), s.events(), s.days())));
        return exposures;
    }
}
