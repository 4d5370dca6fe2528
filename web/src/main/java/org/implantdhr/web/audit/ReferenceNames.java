package org.implantdhr.web.audit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.implantdhr.audit.boundary.AuditLog;
import org.implantdhr.audit.entity.AuditEntry;

/**
 * References in audit entries shown by name: a field such as {@code buildId} holds a database id; a
 * person reads the build's number (B-DEMO-1). The names come from the trail itself (every record's
 * entries carry its label), looked up once per page for all the ids on it.
 */
final class ReferenceNames {
    /**
     * Looked up once: each {@code Json.create…} call asks the service loader for the provider anew.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Reference fields (the last part of a field's name) and the record type they refer to. */
    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("caseId", "ImplantCase"),
                    Map.entry("designId", "Design"),
                    Map.entry("buildId", "Build"),
                    Map.entry("componentLotId", "ComponentLot"),
                    Map.entry("heatTreatmentRunId", "HeatTreatmentRun"),
                    Map.entry("implantId", "Implant"),
                    Map.entry("evaluationId", "ReleaseEvaluation"),
                    Map.entry("decisionId", "ReleaseDecision"),
                    Map.entry("signatureId", "ElectronicSignature"),
                    Map.entry("approvalSignatureId", "ElectronicSignature"),
                    Map.entry("revocationSignatureId", "ElectronicSignature"),
                    Map.entry("recallId", "Recall"),
                    Map.entry("powderBatchId", "PowderBatch"),
                    Map.entry("fileId", "EvidenceFile"),
                    Map.entry("userId", "UserAccount"),
                    Map.entry("operatorId", "UserAccount"),
                    Map.entry("inspectorId", "UserAccount"),
                    Map.entry("programmerId", "UserAccount"),
                    Map.entry("surgeonId", "UserAccount"));

    private final Map<String, String> labels;

    private ReferenceNames(Map<String, String> labels) {
        this.labels = labels;
    }

    static ReferenceNames of(AuditLog log, List<AuditEntry> entries) {
        var ids = new HashMap<String, Set<Long>>();
        for (AuditEntry e : entries) {
            var c = e.content();
            if (c.fieldName() != null) {
                collect(ids, c.fieldName(), c.oldValue());
                collect(ids, c.fieldName(), c.newValue());
            }
            for (String json : new String[] {c.oldValue(), c.newValue()}) {
                JsonObject object = object(json);
                if (object != null) {
                    object.forEach((key, value) -> collect(ids, key, value));
                }
            }
        }
        return new ReferenceNames(ids.isEmpty() ? Map.of() : log.labels(ids));
    }

    /** The value as a person reads it: a reference by its record's name, anything else as is. */
    String name(String field, String value) {
        String type = typeOf(field);
        if (type == null || value == null || !value.matches("\\d{1,18}")) {
            return value;
        }
        return labels.getOrDefault(AuditLog.key(type, Long.parseLong(value)), value);
    }

    /** The changes with their references named. */
    List<AuditValues.Change> named(List<AuditValues.Change> changes) {
        return changes.stream()
                .map(
                        c ->
                                new AuditValues.Change(
                                        c.field(),
                                        name(c.field(), c.before()),
                                        name(c.field(), c.after())))
                .toList();
    }

    private static String typeOf(String field) {
        if (field == null) {
            return null;
        }
        return TYPES.get(field.substring(field.lastIndexOf('.') + 1));
    }

    private static void collect(Map<String, Set<Long>> ids, String field, Object value) {
        String type = typeOf(field);
        if (type == null || value == null) {
            return;
        }
        String text = value instanceof JsonNumber n ? n.toString() : value.toString();
        if (value instanceof JsonValue v && v.getValueType() == JsonValue.ValueType.STRING) {
            text = ((jakarta.json.JsonString) v).getString();
        }
        if (text.matches("\\d{1,18}")) {
            ids.computeIfAbsent(type, t -> new HashSet<>()).add(Long.parseLong(text));
        }
    }

    private static JsonObject object(String value) {
        if (value == null || !value.strip().startsWith("{")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(value))) {
            return reader.read() instanceof JsonObject o ? o : null;
        } catch (jakarta.json.JsonException e) {
            return null;
        }
    }
}
