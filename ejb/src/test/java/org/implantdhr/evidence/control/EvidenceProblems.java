package org.implantdhr.evidence.control;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;

/** Test helpers shared by the evidence parser tests. */
public final class EvidenceProblems {

    private EvidenceProblems() {}

    /** The problems of the {@link InvalidEvidenceException} that {@code parsing} must throw. */
    public static List<Problem> of(ThrowingCallable parsing) {
        InvalidEvidenceException e = catchThrowableOfType(InvalidEvidenceException.class, parsing);
        if (e == null) {
            throw new AssertionError(
                    "expected InvalidEvidenceException, but the input was accepted");
        }
        return e.problems();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] sample(String name) {
        try (InputStream in = EvidenceProblems.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
