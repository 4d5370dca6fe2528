package org.implantdhr.specification.control;

import java.time.LocalDate;
import java.util.List;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * Where a version stands on a given day; derived from the effective dates of the approved versions
 * of its code.
 */
public enum VersionState {
    DRAFT,
    /** Approved, in force from a later day. */
    APPROVED,
    IN_FORCE,
    /** Approved, but a later approved version is in force. */
    SUPERSEDED;

    /** {@code approved}: every approved version of the same code. */
    public static VersionState of(
            SpecificationVersion version, List<SpecificationVersion> approved, LocalDate on) {
        if (version.isDraft()) {
            return DRAFT;
        }
        if (version.effectiveFrom().isAfter(on)) {
            return APPROVED;
        }
        boolean superseded =
                approved.stream()
                        .anyMatch(
                                later ->
                                        later.effectiveFrom().isAfter(version.effectiveFrom())
                                                && !later.effectiveFrom().isAfter(on));
        return superseded ? SUPERSEDED : IN_FORCE;
    }
}
