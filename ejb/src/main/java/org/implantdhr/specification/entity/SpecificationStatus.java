package org.implantdhr.specification.entity;

/**
 * What is stored about a specification version. Whether an approved version is in force, not yet in
 * force or superseded on a given day follows from the effective dates (see {@code VersionState}).
 */
public enum SpecificationStatus {
    /** Being prepared by a QA manager; its limits may still change. */
    DRAFT,
    /** Signed by a QA manager (or the seeded baseline); never changes again. */
    APPROVED
}
