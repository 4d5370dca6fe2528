package org.implantdhr.evidence.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when an uploaded file or a submitted record cannot be accepted as evidence. Carries every
 * problem found (not only the first), each naming where it is, so that the person who uploaded the
 * file can fix it in one go. Nothing is stored when this is thrown.
 */
@ApplicationException(rollback = true)
public class InvalidEvidenceException extends RuntimeException {

    /** One problem: where it is (line, column, field or XML element) and what is wrong. */
    public record Problem(String location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    private final String title;
    private final List<Problem> problems;

    public InvalidEvidenceException(String title, List<Problem> problems) {
        super(title + ": " + problems);
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public InvalidEvidenceException(String title, String location, String message) {
        this(title, List.of(new Problem(location, message)));
    }

    public String title() {
        return title;
    }

    public List<Problem> problems() {
        return problems;
    }
}
