package org.implantdhr.web.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;

/**
 * A failure that says "not now" rather than "no": a lock that was not granted in time, a deadlock,
 * a statement or transaction that timed out. Nothing was stored, and the same request may succeed a
 * moment later, so it is answered 503 with Retry-After (issue 11) - never 500 with a trace, and
 * never 409, which would claim that someone changed the record.
 */
public final class BusyDatabase {

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQL states: lock_not_available, query_canceled (statement or lock timeout),
     * deadlock_detected, serialization_failure (PostgreSQL); H2's timeout (its lock timeout is also
     * an {@link SQLTimeoutException}).
     */
    private static final Set<String> SQL_STATES =
            Set.of("55P03", "57014", "40P01", "40001", "HYT00");

    private BusyDatabase() {}

    /** True when this failure, or anything that caused it, is a lock or a timeout. */
    public static boolean causedBy(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException
                    || e instanceof QueryTimeoutException
                    || e instanceof SQLTimeoutException
                    || e instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (e instanceof SQLException sql
                    && (SQL_STATES.contains(sql.getSQLState())
                            || sql.getNextException() != null
                                    && causedBy(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }
}
