package org.implantdhr.rules.facts;

import java.util.List;

/**
 * The dated steps of one implant's record, in any order (REC-CHRONOLOGY puts them in the process
 * order).
 */
public record Chronology(List<DatedStep> steps) {
    public Chronology {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
