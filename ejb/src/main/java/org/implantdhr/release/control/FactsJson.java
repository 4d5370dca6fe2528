package org.implantdhr.release.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.rules.facts.ReleaseFacts;

/**
 * The snapshot of the facts given to the rules: every record written as a map of its components, in
 * canonical JSON (sorted keys, decimals in plain notation with their scale), and read back into the
 * same records. Generic over the record types of the rules jar, so that a new fact component needs
 * no change here. The round trip is exact: the scale of a decimal decides how a ROUNDED limit
 * compares it, so a replay gives the same findings.
 */
public final class FactsJson {
    /**
     * Looked up once: each {@code Json.create…} call asks the service loader for the provider anew.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Not evidence: the decision date and moment and the release signature change without any
     * record changing. A snapshot written before a component existed reads it back as null (absent
     * member).
     */
    private static final List<String> NOT_EVIDENCE =
            List.of("releaseDate", "releaseSignature", "evaluatedAt");

    /**
     * Components added after snapshots were first stored (specification 1.1, exact measures). Left
     * out while null, so that an older snapshot, which never had them, is written back byte for
     * byte: its SHA-256 still matches and its decision replays as intact.
     */
    private static final Set<String> ADDED_LATER =
            Set.of(
                    "chronology",
                    "evaluatedAt",
                    "meshDefect",
                    "duplicateCount",
                    "firstDuplicateLayer",
                    "maxSampleGapSeconds",
                    "maxSampleGapStart",
                    "maxSampleGapEnd");

    private FactsJson() {}

    public static String write(ReleaseFacts facts) {
        return CanonicalJson.of(view(facts));
    }

    /**
     * The evaluation's snapshot in one pass: the canonical JSON, its SHA-256 and the evidence
     * fingerprint. The records are turned into maps once and each top-level member is written once;
     * both documents are then joined from the same member texts, so they are byte for byte what
     * {@link #write} and {@link #evidenceFingerprint} give (canonical JSON of an object is its
     * members in sorted key order, separated by commas).
     */
    public static Snapshot snapshot(ReleaseFacts facts) {
        var members = new TreeMap<String, String>();
        view(facts)
                .forEach(
                        (key, value) ->
                                members.put(
                                        key,
                                        CanonicalJson.of(key) + ":" + CanonicalJson.of(value)));
        String json = join(members);
        NOT_EVIDENCE.forEach(members::remove);
        return new Snapshot(
                json, sha256(json), Sha256.hex(join(members).getBytes(StandardCharsets.UTF_8)));
    }

    /** What an evaluation stores about the facts it judged. */
    public record Snapshot(String json, String sha256, String evidenceFingerprint) {}

    /**
     * The SHA-256 of the evidence alone: the facts without the decision date and the release
     * signature. It changes exactly when a record behind the facts changes, which makes an earlier
     * evaluation stale.
     */
    public static String evidenceFingerprint(ReleaseFacts facts) {
        return snapshot(facts).evidenceFingerprint();
    }

    public static String sha256(String factsJson) {
        return Sha256.hex(factsJson.getBytes(StandardCharsets.UTF_8));
    }

    private static String join(Map<String, String> sortedMembers) {
        return sortedMembers.values().stream().collect(Collectors.joining(",", "{", "}"));
    }

    public static ReleaseFacts read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return (ReleaseFacts) value(reader.readObject(), ReleaseFacts.class);
        }
    }

    private static Map<String, Object> view(ReleaseFacts facts) {
        @SuppressWarnings("unchecked")
        var members = (Map<String, Object>) view((Object) facts);
        return members;
    }

    /** Maps and lists of plain values: what {@link CanonicalJson} writes. */
    static Object view(Object value) {
        if (value instanceof Record record) {
            var map = new LinkedHashMap<String, Object>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object member = component(record, component);
                if (member != null || !ADDED_LATER.contains(component.getName())) {
                    map.put(component.getName(), view(member));
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactsJson::view).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), view(v)));
            return copy;
        }
        return value;
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static Object value(JsonValue json, Type type) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return type == boolean.class ? false : null;
        }
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                List<Object> items = new ArrayList<>();
                for (JsonValue item : (JsonArray) json) {
                    items.add(value(item, arguments[0]));
                }
                return items;
            }
            if (raw == Map.class) {
                Map<String, Object> entries = new LinkedHashMap<>();
                ((JsonObject) json).forEach((k, v) -> entries.put(k, value(v, arguments[1])));
                return entries;
            }
            throw new IllegalArgumentException("Unsupported fact type " + type);
        }
        return plain(json, (Class<?>) type);
    }

    private static Object plain(JsonValue json, Class<?> type) {
        if (type.isRecord()) {
            return record((JsonObject) json, type);
        }
        if (type == BigDecimal.class) {
            return ((JsonNumber) json).bigDecimalValue();
        }
        if (type == int.class || type == Integer.class) {
            return ((JsonNumber) json).intValueExact();
        }
        if (type == long.class || type == Long.class) {
            return ((JsonNumber) json).longValueExact();
        }
        if (type == boolean.class || type == Boolean.class) {
            return json == JsonValue.TRUE;
        }
        String text = ((JsonString) json).getString();
        if (type == String.class) {
            return text;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type.isEnum()) {
            return enumConstant(type, text);
        }
        throw new IllegalArgumentException("Unsupported fact type " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object record(JsonObject json, Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = value(json.get(components[i].getName()), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical =
                    type.getDeclaredConstructor(
                            Arrays.stream(components)
                                    .map(RecordComponent::getType)
                                    .toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot rebuild " + type.getName() + " from its snapshot", e);
        }
    }
}
