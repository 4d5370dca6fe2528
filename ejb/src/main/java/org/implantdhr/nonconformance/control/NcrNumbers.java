package org.implantdhr.nonconformance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import org.implantdhr.platform.control.DatabaseSequence;

/** Hands out NCR numbers (NCR-2026-000123), counting up without reuse. */
@Dependent
public class NcrNumbers {

    @Inject DatabaseSequence sequence;

    public String next(Instant at) {
        return "NCR-%d-%06d"
                .formatted(at.atZone(ZoneOffset.UTC).getYear(), sequence.next("ncr_number_seq"));
    }
}
