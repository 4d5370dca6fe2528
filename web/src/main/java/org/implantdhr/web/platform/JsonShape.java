package org.implantdhr.web.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Holds a JSON value against the Java type it will be bound to, the way a strict reader would: a
 * boolean is {@code true} or {@code false} (not "yes", "1" or 1), an enum one of its constants, a
 * number a plain decimal of bounded size (at most {@value #MAX_INTEGER_DIGITS} digits before and
 * {@value #MAX_DECIMALS} after the point — no measurement of a plant comes near that, and it keeps
 * a 10^999999999 away from every BigDecimal operation), a whole number where the field is whole, a
 * date an ISO date. Each wrong value is named by its path in the body ({@code
 * results[2].uts.value}) and echoed at most {@value #ECHO_CHARS} characters long.
 */
public final class JsonShape {

    static final int MAX_NUMBER_CHARS = 1000;
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 20;
    static final int ECHO_CHARS = 40;

    private final List<Problem.Error> errors = new ArrayList<>();

    private JsonShape() {}

    /** Throws {@link InvalidJsonException} listing every value that does not fit its field. */
    public static void check(JsonValue value, Type type) {
        var shape = new JsonShape();
        shape.value(value, type, "");
        if (!shape.errors.isEmpty()) {
            throw new InvalidJsonException(shape.errors);
        }
    }

    /**
     * At most {@value #ECHO_CHARS} characters of what was sent, so that an answer never grows with
     * the input.
     */
    public static String echo(String sent) {
        return sent.length() <= ECHO_CHARS ? sent : sent.substring(0, ECHO_CHARS) + "…";
    }

    private void value(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                wrong(path, value, "must be true or false");
            }
        } else if (raw.isEnum()) {
            enumValue(value, raw, path);
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != char.class) {
            number(value, raw, path);
        } else if (raw == String.class) {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                wrong(path, value, "must be a text");
            }
        } else if (raw == LocalDate.class) {
            date(value, path);
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            instant(value, path);
        } else if (raw.isRecord()) {
            record(value, raw, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            elements(value, type, raw, path);
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType map) {
            if (!(value instanceof JsonObject object)) {
                wrong(path, value, "must be an object");
                return;
            }
            object.forEach((key, v) -> value(v, map.getActualTypeArguments()[1], join(path, key)));
        }
    }

    private void record(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonObject object)) {
            wrong(path, value, "must be an object");
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            value(
                    object.get(component.getName()),
                    component.getGenericType(),
                    join(path, component.getName()));
        }
    }

    private void elements(JsonValue value, Type type, Class<?> raw, String path) {
        if (!(value instanceof JsonArray array)) {
            wrong(path, value, "must be a list");
            return;
        }
        Type element =
                raw.isArray()
                        ? raw.getComponentType()
                        : type instanceof ParameterizedType p
                                ? p.getActualTypeArguments()[0]
                                : Object.class;
        for (int i = 0; i < array.size(); i++) {
            value(array.get(i), element, path + "[" + i + "]");
        }
    }

    private void enumValue(JsonValue value, Class<?> raw, String path) {
        var names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
            wrong(path, value, "must be one of " + names);
        }
    }

    private void number(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonNumber number)) {
            wrong(path, value, "must be a number");
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        int integerDigits = decimal.precision() - decimal.scale();
        if (integerDigits > MAX_INTEGER_DIGITS
                || decimal.stripTrailingZeros().scale() > MAX_DECIMALS) {
            wrong(
                    path,
                    value,
                    "is too large or too precise for any measurement (at most "
                            + MAX_INTEGER_DIGITS
                            + " digits before and "
                            + MAX_DECIMALS
                            + " after the decimal point)");
            return;
        }
        if (raw == BigDecimal.class
                || raw == Double.class
                || raw == double.class
                || raw == Float.class
                || raw == float.class
                || raw == Number.class) {
            return;
        }
        long max =
                raw == Integer.class || raw == int.class
                        ? Integer.MAX_VALUE
                        : raw == Short.class || raw == short.class
                                ? Short.MAX_VALUE
                                : raw == Byte.class || raw == byte.class
                                        ? Byte.MAX_VALUE
                                        : Long.MAX_VALUE;
        if (decimal.stripTrailingZeros().scale() > 0
                || decimal.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            wrong(path, value, "must be a whole number between " + (-max - 1) + " and " + max);
        }
    }

    private void date(JsonValue value, String path) {
        try {
            LocalDate.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            wrong(path, value, "must be a date like 2026-01-31");
        }
    }

    private void instant(JsonValue value, String path) {
        if (value instanceof JsonString s) {
            try {
                OffsetDateTime.parse(s.getString());
                return;
            } catch (DateTimeParseException e) {
                // fall through to the message
            }
        }
        wrong(path, value, "must be a date and time with its zone, like 2026-01-31T09:30:00Z");
    }

    private void wrong(String path, JsonValue value, String rule) {
        String sent =
                value instanceof JsonString s ? "\"" + s.getString() + "\"" : value.toString();
        errors.add(new Problem.Error(path.isEmpty() ? "body" : path, echo(sent) + " " + rule));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }
}
