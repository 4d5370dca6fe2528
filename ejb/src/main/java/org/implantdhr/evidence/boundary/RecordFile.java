package org.implantdhr.evidence.boundary;

/**
 * A raw file behind one step of an implant's record, without its bytes (those are downloaded by
 * id).
 *
 * @param step the kind of record it belongs to: design, powder lot, build, coupon, heat-treatment
 *     run, separation-plate lot, dimensional inspection
 * @param key the record by its business key, as the backward trace names it: "B-DEMO-1" for a build
 */
public record RecordFile(
        String step,
        String key,
        long fileId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy) {}
