package org.implantdhr.platform.control;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes maps, lists and plain values as canonical JSON: object keys sorted, no white space,
 * numbers in plain notation. The same content always gives the same bytes, so its hash can bind a
 * signature or an audit entry to it.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String of(Object value) {
        var out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                write(item, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            out.append(BigDecimal.valueOf(d).toPlainString());
        } else if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            writeString(value.toString(), out);
        } else {
            writeString(value.toString(), out);
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        var sorted = new TreeMap<String, Object>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        out.append('{');
        boolean first = true;
        for (var entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            writeString(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
            first = false;
        }
        out.append('}');
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
