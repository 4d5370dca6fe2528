package org.implantdhr.nonconformance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hands out NCR numbers (NCR-2026-000123) from a database sequence, so that several servers never
 * give out the same one and a number is never reused.
 */
@Dependent
public class NcrNumbers {

    @PersistenceContext EntityManager em;

    public String next(Instant at) {
        long n =
                ((Number)
                                em.createNativeQuery("select nextval('ncr_number_seq')")
                                        .getSingleResult())
                        .longValue();
        return "NCR-%d-%06d".formatted(at.atZone(ZoneOffset.UTC).getYear(), n);
    }
}
