package org.implantdhr.specification.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version to prepare: a copy of an existing version (of this code, or of another code to
 * start a new product's specification from) with some limits changed.
 *
 * @param baseCode null for the same code
 * @param rationale why the specification changes; the reason of every limit change in the audit
 *     trail
 */
public record DraftData(
        String baseCode,
        String baseVersion,
        String version,
        LocalDate effectiveFrom,
        String rationale,
        List<LimitChange> changes) {

    public DraftData {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
