package org.implantdhr.web.casefile;

import java.time.Instant;
import java.util.List;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/**
 * A design version as stored: its file, what the STL measures (mm) and who approved it. Read only.
 * {@code meshDefect} is null for a closed, consistently oriented mesh; otherwise it names the open
 * or wrongly oriented edges, and the volume is not a volume.
 */
public record DesignJson(
        String caseNumber,
        String version,
        String fileName,
        long sizeBytes,
        String sha256,
        String declaredUnit,
        int triangleCount,
        Quantity volume,
        Quantity surfaceArea,
        BoundingBox boundingBox,
        Quantity maxOuterDimension,
        boolean closedMesh,
        String meshDefect,
        Quantity minWall,
        String uploadedBy,
        Instant uploadedAt,
        List<Approval> approvals) {

    /** The size of the axis-aligned bounding box. */
    public record BoundingBox(Quantity x, Quantity y, Quantity z) {}

    /**
     * One approval: role, who signed (printed name), when in the signer's zone, meaning, and the
     * signed hash.
     */
    public record Approval(
            String role,
            String signer,
            String printedName,
            String signedAt,
            String meaning,
            String signedHash) {
        static Approval of(DesignApproval a) {
            var s = a.signature();
            return new Approval(
                    a.approverRole().name(),
                    a.signerUsername(),
                    s.printedName(),
                    s.signedAtLocal().toOffsetDateTime() + "[" + s.zoneId() + "]",
                    s.meaning().name(),
                    s.signedHash());
        }
    }

    static DesignJson of(Design d) {
        var mm = Units.MILLIMETRE;
        return new DesignJson(
                d.implantCase().caseNumber(),
                d.designVersion(),
                d.file().fileName(),
                d.file().sizeBytes(),
                d.sha256(),
                d.declaredUnit().name(),
                d.triangleCount(),
                new Quantity(d.volumeMm3(), "mm3"),
                new Quantity(d.surfaceAreaMm2(), "mm2"),
                new BoundingBox(mm.of(d.sizeXMm()), mm.of(d.sizeYMm()), mm.of(d.sizeZMm())),
                mm.of(d.maxOuterDimensionMm()),
                d.closedMesh(),
                d.meshDefect(),
                mm.of(d.minWallMm()),
                d.createdBy(),
                d.createdAt(),
                d.approvals().stream().map(Approval::of).toList());
    }
}
