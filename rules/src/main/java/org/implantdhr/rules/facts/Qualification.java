package org.implantdhr.rules.facts;

import java.time.LocalDate;

/**
 * A person's qualification to work on one machine or furnace, valid from/until (until null =
 * open-ended).
 */
public record Qualification(
        String personId, String equipmentId, LocalDate validFrom, LocalDate validUntil) {

    public boolean covers(String person, String equipment, LocalDate date) {
        return personId.equals(person)
                && equipmentId.equals(equipment)
                && validFrom != null
                && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }
}
