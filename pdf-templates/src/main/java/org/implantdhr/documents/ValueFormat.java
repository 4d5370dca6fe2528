package org.implantdhr.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How model values print: ISO dates, times with their zone and offset, plain decimals. */
final class ValueFormat {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z '(UTC'xxx')'");

    private ValueFormat() {}

    static String format(Object value) {
        if (value == null || value == ModelAccessors.Absent.VALUE) {
            return "";
        }
        if (value instanceof ZonedDateTime time) {
            return DATE_TIME.format(time);
        }
        if (value instanceof OffsetDateTime time) {
            return DATE_TIME.format(time.toZonedDateTime());
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().replace('_', ' ');
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ValueFormat::format).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
