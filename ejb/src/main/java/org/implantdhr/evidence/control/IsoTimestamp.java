package org.implantdhr.evidence.control;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Strict reading of the timestamps in evidence files: ISO-8601 / RFC 3339 date and time with
 * seconds and a zone, {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}, for example {@code
 * 2025-03-14T08:15:30Z} or {@code 2025-03-14T09:15:30.250+01:00}. A space may stand for the {@code
 * T} (as RFC 3339 allows and many loggers write). A timestamp without a zone is refused: local
 * wall-clock time is ambiguous at the change from summer time. The fraction may have up to nine
 * digits but must not carry anything below the millisecond, since values are kept as epoch
 * milliseconds.
 *
 * <p>Hand-written rather than {@code DateTimeFormatter}, which is an order of magnitude slower on
 * 30,000-row logs.
 */
public final class IsoTimestamp {

    /** Returned by {@link #parseEpochMillis} for refused text; not a representable instant here. */
    public static final long INVALID = Long.MIN_VALUE;

    private IsoTimestamp() {}

    /** Epoch milliseconds of {@code text}, or {@link #INVALID}. */
    public static long parseEpochMillis(String text) {
        int length = text.length();
        if (length < 20
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return INVALID;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return INVALID;
        }
        int i = 19;
        int millis = 0;
        if (i < length && text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                int d = text.charAt(i) - '0';
                int position = i - start;
                if (position < 3) {
                    millis = millis * 10 + d;
                } else if (d != 0) {
                    return INVALID;
                }
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return INVALID;
            }
            for (int k = fractionDigits; k < 3; k++) {
                millis *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(text, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return INVALID;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return INVALID;
        }
        long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return seconds * 1000L + millis;
    }

    /** Why {@link #parseEpochMillis} refused {@code text}; call only after it returned INVALID. */
    public static String problemWith(String text) {
        if (text.isEmpty()) {
            return "timestamp is missing";
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            return "timestamp '"
                    + text
                    + "' has no time zone; end it with Z or an offset such as +01:00";
        }
        if (text.matches(
                "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}\\.\\d{4,9}(Z|[+-]\\d{2}:\\d{2})")) {
            return "timestamp '" + text + "' is more precise than a millisecond";
        }
        if (text.matches(
                "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})")) {
            return "timestamp '" + text + "' is not a valid date and time";
        }
        return "'"
                + text
                + "' is not an ISO-8601 timestamp with zone, such as 2025-03-14T08:15:30Z";
    }

    private static int offsetSeconds(String text, int i) {
        int length = text.length();
        if (i == length - 1 && text.charAt(i) == 'Z') {
            return 0;
        }
        if (i != length - 6 || text.charAt(i + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(i);
        int hours = digits(text, i + 1, 2);
        int minutes = digits(text, i + 4, 2);
        if ((sign != '+' && sign != '-')
                || hours < 0
                || hours > 18
                || minutes < 0
                || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
