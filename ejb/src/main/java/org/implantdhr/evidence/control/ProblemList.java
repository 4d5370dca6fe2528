package org.implantdhr.evidence.control;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;

/**
 * Collects the problems an evidence parser finds, so that the uploader sees all of them at once.
 * Keeps the first {@value #LIMIT}; the rest are only counted and reported as one closing problem,
 * so that a file that is wrong on every line does not produce a report nobody reads.
 */
public final class ProblemList {

    static final int LIMIT = 50;

    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    public void add(String location, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new Problem(location, message));
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Whether more problems would be dropped anyway: lets a parser stop scanning a hopeless file.
     */
    public boolean isFull() {
        return problems.size() >= LIMIT;
    }

    public int count() {
        return problems.size() + dropped;
    }

    /** Throws {@link InvalidEvidenceException} titled {@code title} if any problem was added. */
    public void throwIfAny(String title) {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> reported = new ArrayList<>(problems);
        if (dropped > 0) {
            reported.add(
                    new Problem(
                            "file",
                            "…and " + dropped + " more problem" + (dropped == 1 ? "" : "s")));
        }
        throw new InvalidEvidenceException(title, reported);
    }
}
