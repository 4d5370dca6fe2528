package org.implantdhr.outcome.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Native-query values as the two databases' drivers return them: H2 gives java.time types for dates
 * and zoned timestamps, PostgreSQL java.sql types; counts come as Long, Integer or BigDecimal.
 */
final class SqlValues {

    private SqlValues() {}

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return instant(value).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        throw new IllegalStateException("not a time: " + value.getClass().getName());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
