package org.implantdhr.web.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.FindingRecord;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.rules.Outcome;

/**
 * An evaluation's findings grouped by what they mean for the release, for the pages that show them.
 * Which finding blocks is asked of {@link ReleaseReadiness#blocks}, the judgement the release
 * itself refuses by: a page that decided it on its own would sooner or later offer a release the
 * server refuses, or hide an obstacle.
 *
 * @param blocking FAIL and MISSING findings no signature settles, FAIL first
 * @param warnings WARN findings, each to be acknowledged
 * @param awaitingTheSignature the rest that is not PASS: checks judged on the release signature
 *     itself, open until it is made and no obstacle before
 * @param passed PASS findings
 */
public record ReleaseFindings(
        List<FindingRecord> blocking,
        List<FindingRecord> warnings,
        List<FindingRecord> awaitingTheSignature,
        List<FindingRecord> passed) {

    public static final ReleaseFindings NONE =
            new ReleaseFindings(List.of(), List.of(), List.of(), List.of());

    public ReleaseFindings {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
        awaitingTheSignature = List.copyOf(awaitingTheSignature);
        passed = List.copyOf(passed);
    }

    /** The findings of an evaluation; {@link #NONE} without one. */
    public static ReleaseFindings of(EvaluationRecord evaluation) {
        if (evaluation == null) {
            return NONE;
        }
        List<FindingRecord> blocking = new ArrayList<>();
        List<FindingRecord> warnings = new ArrayList<>();
        List<FindingRecord> awaiting = new ArrayList<>();
        List<FindingRecord> passed = new ArrayList<>();
        for (FindingRecord f : evaluation.findings()) {
            if (f.outcome() == Outcome.PASS) {
                passed.add(f);
            } else if (ReleaseReadiness.blocks(f.checkId(), f.outcome())) {
                blocking.add(f);
            } else if (f.outcome() == Outcome.WARN) {
                warnings.add(f);
            } else {
                awaiting.add(f);
            }
        }
        blocking.sort(
                Comparator.comparingInt((FindingRecord f) -> f.outcome() == Outcome.FAIL ? 0 : 1)
                        .thenComparingInt(FindingRecord::seq));
        return new ReleaseFindings(blocking, warnings, awaiting, passed);
    }

    /** How many findings of an outcome stand between the implant and its release (or pass). */
    public long count(Outcome outcome) {
        List<FindingRecord> among =
                switch (outcome) {
                    case FAIL, MISSING -> blocking;
                    case WARN -> warnings;
                    case PASS -> passed;
                };
        return among.stream().filter(f -> f.outcome() == outcome).count();
    }

    /** Blocking findings and warnings: what QA looks at first. */
    public boolean hasExceptions() {
        return !blocking.isEmpty() || !warnings.isEmpty();
    }
}
