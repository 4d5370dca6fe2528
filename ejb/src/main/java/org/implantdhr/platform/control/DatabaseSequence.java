package org.implantdhr.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The next value of a database sequence made for a business number (NCR-2026-000123, VC-2026-0007):
 * several servers never hand out the same one, a number is never reused, and ids' allocation blocks
 * leave no gaps in it.
 */
@Dependent
public class DatabaseSequence {

    @PersistenceContext EntityManager em;

    /** {@code sequence}: the name of a sequence of the schema (a constant, never user input). */
    public long next(String sequence) {
        return ((Number)
                        em.createNativeQuery("select nextval('" + sequence + "')")
                                .getSingleResult())
                .longValue();
    }
}
