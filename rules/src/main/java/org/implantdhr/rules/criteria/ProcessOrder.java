package org.implantdhr.rules.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.implantdhr.rules.facts.Chronology;
import org.implantdhr.rules.facts.DatedStep;

/**
 * REC-CHRONOLOGY: the process order holds and no record is dated after the moment it was recorded.
 *
 * <p>It judges the steps that are there: a missing step (no build end, no inspection yet) is
 * already MISSING in its own check, and a chronology that waited for every step would only repeat
 * that. So a step without a date is left out, and the order is checked between every two dated
 * steps of different ranks (a later step before an earlier one is caught even when a step between
 * them is absent). Only when there is no chronology at all (a snapshot made before it was
 * assembled) is the check undecidable. Times are compared to the millisecond as recorded; a step
 * known only by its date (the CT scan) is compared on the UTC date of the other step.
 */
public final class ProcessOrder {

    /** A finding names at most this many pairs out of order (and counts the rest). */
    private static final int NAMED = 3;

    private ProcessOrder() {}

    public static Assessment assess(Chronology chronology, Instant evaluatedAt) {
        if (chronology == null) {
            return Assessment.undecidable("the dated steps of the record were not assembled");
        }
        List<DatedStep> steps =
                chronology.steps().stream()
                        .filter(DatedStep::dated)
                        .sorted(Comparator.comparingInt(s -> s.step().rank()))
                        .toList();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DatedStep earlier = steps.get(i);
            for (int j = i + 1; j < steps.size(); j++) {
                DatedStep later = steps.get(j);
                if (later.step().rank() > earlier.step().rank() && !inOrder(earlier, later)) {
                    problems.add(
                            earlier.step().strictlyBefore(later.step())
                                    ? told(later) + " not after " + told(earlier)
                                    : told(earlier) + " after " + told(later));
                }
            }
            if (evaluatedAt != null && after(earlier, evaluatedAt)) {
                problems.add(told(earlier) + " after the evaluation at " + evaluatedAt);
            }
            if (earlier.recordedAt() != null && after(earlier, earlier.recordedAt())) {
                problems.add(
                        earlier.record()
                                + " is dated "
                                + earlier.when()
                                + ", after it was recorded at "
                                + earlier.recordedAt());
            }
        }
        String measured =
                steps.size()
                        + " dated step(s)"
                        + (steps.isEmpty()
                                ? ""
                                : ", "
                                        + steps.get(0).record()
                                        + " "
                                        + steps.get(0).when()
                                        + " to "
                                        + steps.get(steps.size() - 1).record()
                                        + " "
                                        + steps.get(steps.size() - 1).when());
        if (problems.isEmpty()) {
            return Assessment.met(measured + " in the process order");
        }
        String named =
                String.join("; ", problems.subList(0, Math.min(NAMED, problems.size())))
                        + (problems.size() > NAMED
                                ? "; and " + (problems.size() - NAMED) + " more"
                                : "");
        return Assessment.notMet(problems.size() + " step(s) out of order", named);
    }

    /** e.g. "build B-7 ended 2026-12-07T10:00:00Z". */
    private static String told(DatedStep step) {
        return step.record() + " " + step.step().verb() + " " + step.when();
    }

    /**
     * earlier ≤ later (earlier < later for build start and end); on UTC dates when either has only
     * a date.
     */
    static boolean inOrder(DatedStep earlier, DatedStep later) {
        if (earlier.at() != null && later.at() != null) {
            int c = earlier.at().compareTo(later.at());
            return earlier.step().strictlyBefore(later.step()) ? c < 0 : c <= 0;
        }
        return !earlier.utcDate().isAfter(later.utcDate());
    }

    private static boolean after(DatedStep step, Instant moment) {
        return step.at() != null
                ? step.at().isAfter(moment)
                : step.date().isAfter(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }
}
