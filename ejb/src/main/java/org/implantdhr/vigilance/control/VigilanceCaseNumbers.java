package org.implantdhr.vigilance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hands out vigilance case numbers (VC-2026-0007) from a database sequence: never the same on two
 * servers, never reused, without gaps from id allocation.
 */
@Dependent
public class VigilanceCaseNumbers {

    @PersistenceContext EntityManager em;

    public String next(Instant at) {
        long n =
                ((Number)
                                em.createNativeQuery("select nextval('vigilance_case_number_seq')")
                                        .getSingleResult())
                        .longValue();
        return "VC-%d-%04d".formatted(at.atZone(ZoneOffset.UTC).getYear(), n);
    }
}
