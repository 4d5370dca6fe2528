package org.implantdhr.web.specification;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.specification.boundary.LimitChange;

/**
 * Reads limit changes from JSON, where a member left out and a member set to null mean different
 * things: {@code {"checkId":"PWD-CHEM-O","parameter":"O","upper":"0.12"}} changes the upper bound
 * only, {@code "lower":null} removes the lower bound. Bounds are decimal strings or JSON numbers;
 * their decimal places are kept. Other members: lowerStrict, upperStrict, comparison
 * (ABSOLUTE|ROUNDED), unit, textValue, description. The unit can only be the limit's own: the rules
 * compare recorded values, already in that unit, with the bound as it stands, so another unit is
 * refused rather than relabelling the bound.
 */
final class LimitChangeJson {

    private LimitChangeJson() {}

    static List<LimitChange> of(List<JsonObject> changes) {
        List<LimitChange> read = new ArrayList<>();
        for (int i = 0; changes != null && i < changes.size(); i++) {
            read.add(of(changes.get(i), "changes[" + i + "]"));
        }
        return read;
    }

    private static LimitChange of(JsonObject o, String at) {
        if (o == null) {
            throw new InvalidRequestException(
                    at, "A limit change is an object with checkId and parameter");
        }
        return new LimitChange(
                required(o, "checkId", at),
                required(o, "parameter", at),
                decimal(o, "lower", at),
                bool(o, "lowerStrict", at),
                decimal(o, "upper", at),
                bool(o, "upperStrict", at),
                comparison(o, at),
                string(o, "unit", at),
                optionalString(o, "textValue", at),
                string(o, "description", at));
    }

    private static String required(JsonObject o, String name, String at) {
        String value = string(o, name, at);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(at + "." + name, name + " is required");
        }
        return value.strip();
    }

    private static Optional<BigDecimal> decimal(JsonObject o, String name, String at) {
        if (!o.containsKey(name)) {
            return null;
        }
        JsonValue value = o.get(name);
        String text =
                switch (value.getValueType()) {
                    case NULL -> null;
                    case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
                    case STRING -> ((JsonString) value).getString().strip();
                    default ->
                            throw new InvalidRequestException(
                                    at + "." + name,
                                    name + " is a decimal such as \"0.13\", or null");
                };
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    at + "." + name, "'" + text + "' is not a decimal such as 0.13");
        }
    }

    private static Boolean bool(JsonObject o, String name, String at) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default ->
                    throw new InvalidRequestException(at + "." + name, name + " is true or false");
        };
    }

    private static Comparison comparison(JsonObject o, String at) {
        String value = string(o, "comparison", at);
        if (value == null) {
            return null;
        }
        try {
            return Comparison.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    at + ".comparison", "'" + value + "' is not ABSOLUTE or ROUNDED");
        }
    }

    private static Optional<String> optionalString(JsonObject o, String name, String at) {
        if (!o.containsKey(name)) {
            return null;
        }
        return Optional.ofNullable(string(o, name, at));
    }

    private static String string(JsonObject o, String name, String at) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new InvalidRequestException(at + "." + name, name + " is a string");
        };
    }
}
