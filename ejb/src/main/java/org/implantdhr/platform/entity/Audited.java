package org.implantdhr.platform.entity;

import java.util.Map;

/**
 * A record whose creation and changes are written to the audit trail. The state is a flat, ordered
 * map of field name to value (values as the record shows them: numbers, dates, codes of referenced
 * records), from which the trail derives old and new values.
 */
public interface Audited {

    /** The kind of record, as regulators search for it: "PowderLot", "Build", ... */
    String recordType();

    Long id();

    /** A human label, usually the business key: "PL-2026-014". */
    String label();

    Map<String, Object> auditState();
}
