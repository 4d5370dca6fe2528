package org.implantdhr.rules.criteria;

import java.time.LocalDate;
import java.util.List;
import org.implantdhr.rules.facts.Qualification;

/** BLD-PEOPLE: is a person qualified for a machine on a date. */
public final class Qualifications {

    private Qualifications() {}

    public static Assessment assess(
            List<Qualification> qualifications, String person, String machine, LocalDate date) {
        List<String> absent =
                new Present()
                        .require(person, "person")
                        .require(machine, "machine")
                        .require(date, "build date")
                        .absent();
        if (!absent.isEmpty()) {
            return Assessment.undecidable(String.join("; ", absent));
        }
        boolean qualified = qualifications.stream().anyMatch(q -> q.covers(person, machine, date));
        return Assessment.is(
                qualified,
                person + " on " + machine + " on " + date,
                person + " has no qualification for " + machine + " valid on " + date,
                "");
    }
}
