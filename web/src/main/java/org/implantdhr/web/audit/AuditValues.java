package org.implantdhr.web.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Old and new values of an audit entry made readable: a change of one field is that field from old
 * to new; a created record (its whole state as JSON) is one line per field; two JSON objects are
 * compared field by field and only the fields that differ are shown; anything else is shown as the
 * text it is.
 */
public final class AuditValues {
    /**
     * Looked up once: each {@code Json.create…} call asks the service loader for the provider anew.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One line: the field, its value before (null: none) and after (null: none). */
    public record Change(String field, String before, String after)
            implements java.io.Serializable {}

    private AuditValues() {}

    static List<Change> changes(String field, String oldValue, String newValue) {
        JsonObject before = object(oldValue);
        JsonObject after = object(newValue);
        if (after != null && (before != null || oldValue == null)) {
            return diff(field, before == null ? JsonValue.EMPTY_JSON_OBJECT : before, after);
        }
        if (before != null && newValue == null) {
            return diff(field, before, JsonValue.EMPTY_JSON_OBJECT);
        }
        if (oldValue == null && newValue == null) {
            return List.of();
        }
        return List.of(new Change(field == null ? "" : field, oldValue, newValue));
    }

    private static List<Change> diff(String field, JsonObject before, JsonObject after) {
        var changes = new ArrayList<Change>();
        var keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String old = text(before.get(key));
            String now = text(after.get(key));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field == null ? key : field + "." + key, old, now));
            }
        }
        return changes;
    }

    private static JsonObject object(String value) {
        if (value == null || !value.strip().startsWith("{")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(value))) {
            JsonStructure read = reader.read();
            return read instanceof JsonObject o ? o : null;
        } catch (jakarta.json.JsonException e) {
            return null;
        }
    }

    /** A JSON value as a person reads it: strings without quotes, null as no value. */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
