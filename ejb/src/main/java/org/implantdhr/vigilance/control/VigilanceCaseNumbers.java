package org.implantdhr.vigilance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import org.implantdhr.platform.control.DatabaseSequence;

/** Hands out vigilance case numbers (VC-2026-0007), counting up without reuse. */
@Dependent
public class VigilanceCaseNumbers {

    @Inject DatabaseSequence sequence;

    public String next(Instant at) {
        return "VC-%d-%04d"
                .formatted(
                        at.atZone(ZoneOffset.UTC).getYear(),
                        sequence.next("vigilance_case_number_seq"));
    }
}
