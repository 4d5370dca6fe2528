package org.implantdhr.rules.vigilance;

import java.util.Objects;

/**
 * What one group of implants (one powder lot, build, furnace run or design family) has been through
 * in patients: how many were implanted, how many of them had an event (explant, revision or a
 * device-attributed adverse event), how many events, and the implant-days at risk summed over them
 * (implantation to explant, death, loss to follow-up or today).
 */
public record Exposure(
        String group, int implants, int implantsWithEvent, int events, long implantDays) {

    public Exposure {
        Objects.requireNonNull(group, "group");
        if (implants < 0 || implantsWithEvent < 0 || events < 0 || implantDays < 0) {
            throw new IllegalArgumentException("Counts are never negative: " + group);
        }
        if (implantsWithEvent > implants || implantsWithEvent > events) {
            throw new IllegalArgumentException(
                    "More implants with an event than implants or events: " + group);
        }
    }

    Exposure minus(Exposure other) {
        return new Exposure(
                "rest",
                implants - other.implants,
                implantsWithEvent - other.implantsWithEvent,
                events - other.events,
                implantDays - other.implantDays);
    }

    static Exposure total(Iterable<Exposure> groups) {
        int implants = 0;
        int withEvent = 0;
        int events = 0;
        long days = 0;
        for (Exposure g : groups) {
            implants += g.implants;
            withEvent += g.implantsWithEvent;
            events += g.events;
            days += g.implantDays;
        }
        return new Exposure("all", implants, withEvent, events, days);
    }
}
