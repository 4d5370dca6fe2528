package org.implantdhr.audit.entity;

import java.time.Instant;

/**
 * What an audit entry says: who did what to which record when, the field with its old and new
 * value, and why. CREATE entries carry the whole new record as the new value.
 */
public record AuditRecord(
        Instant occurredAt,
        String actor,
        String action,
        String recordType,
        long recordId,
        String recordLabel,
        String fieldName,
        String oldValue,
        String newValue,
        String reason) {}
