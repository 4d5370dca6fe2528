package org.implantdhr.release.control;

import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why an evaluation does not allow a release by a given person: FAIL or MISSING findings, and WARN findings not
 * acknowledged by that person. Empty when it does. The checks of the release signature itself (REC-FOUR-EYES,
 * REC-SIGNATURE) are MISSING until there is a signature; they are judged on the signature when it is made.
 */
public final class ReleaseReadiness {

    private static final int SHOWN = 10;
    private static final Set<String> JUDGED_ON_THE_SIGNATURE = Set.of("REC-FOUR-EYES", "REC-SIGNATURE");

    private ReleaseReadiness() {
    }

    public static List<String> obstacles(ReleaseEvaluation evaluation, List<WarningAcknowledgement> acknowledgements,
                                         String releasedBy) {
        Map<Long, WarningAcknowledgement> byFinding = acknowledgements.stream()
                .collect(Collectors.toMap(a -> a.finding().id(), Function.identity()));
        List<String> obstacles = new ArrayList<>();
        for (ReleaseFinding f : evaluation.findings()) {
            if (f.outcome() == Outcome.MISSING && JUDGED_ON_THE_SIGNATURE.contains(f.checkId())) {
                continue;
            }
            if (f.outcome().blocksRelease()) {
                obstacles.add(f.outcome() + " " + f.checkId() + " (" + f.subject() + ")");
            } else if (f.outcome() == Outcome.WARN) {
                WarningAcknowledgement a = byFinding.get(f.id());
                if (a == null) {
                    obstacles.add("WARN " + f.checkId() + " (" + f.subject() + ") not acknowledged");
                } else if (!a.createdBy().equals(releasedBy)) {
                    obstacles.add("WARN " + f.checkId() + " (" + f.subject() + ") acknowledged by " + a.createdBy()
                            + ", not by the releasing person");
                }
            }
        }
        return obstacles;
    }

    public static String describe(List<String> obstacles) {
        String shown = obstacles.stream().limit(SHOWN).collect(Collectors.joining("; "));
        return obstacles.size() + " finding(s) prevent the release: " + shown
                + (obstacles.size() > SHOWN ? "; and " + (obstacles.size() - SHOWN) + " more" : "");
    }
}
