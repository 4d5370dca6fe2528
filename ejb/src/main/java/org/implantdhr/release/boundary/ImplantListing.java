package org.implantdhr.release.boundary;

import java.time.Instant;

/**
 * An implant in the searchable list of records.
 *
 * @param decision RELEASED or REJECTED, null while undecided
 * @param decidedAt null while undecided
 */
public record ImplantListing(
        String serialNumber,
        String caseNumber,
        String status,
        String decision,
        Instant decidedAt) {}
