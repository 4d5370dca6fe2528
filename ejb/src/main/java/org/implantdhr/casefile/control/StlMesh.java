package org.implantdhr.casefile.control;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the release rules need to know about a design mesh, in millimetres (DES-ENVELOPE, DES-MASS).
 * The triangles themselves are not kept: the file's bytes are stored as received.
 *
 * @param maxOuterDimensionMm the largest edge of the axis-aligned bounding box
 * @param volumeMm3 the enclosed volume: absolute value of the signed tetrahedra sum, computed
 *     exactly from the file's coordinates and the exact unit (1 in = 25.4 mm), then rounded
 *     half-even to {@value #VOLUME_SCALE} decimals. It is a volume only when {@code defect} is
 *     null.
 * @param closed every edge is shared by exactly two triangles (vertices matched by identical
 *     coordinates)
 * @param defect null for a closed, consistently oriented mesh; otherwise what is wrong (open edges,
 *     edges traversed twice in the same direction, edges of more than two triangles), naming the
 *     first {@value MeshMeasure#EDGES_NAMED} edges of each kind by their vertices and how many more
 *     there are — at most {@value #MAX_DEFECT_LENGTH} characters
 */
public record StlMesh(
        Format format,
        DesignUnit declaredUnit,
        int triangleCount,
        BoundingBox boundingBoxMm,
        double maxOuterDimensionMm,
        double surfaceAreaMm2,
        BigDecimal volumeMm3,
        boolean closed,
        String defect) {

    public static final int VOLUME_SCALE = 9;

    /**
     * Three kinds × (heading + five edges of two vertices of three float texts) stay well below
     * this.
     */
    public static final int MAX_DEFECT_LENGTH = 4000;

    public enum Format {
        BINARY,
        ASCII
    }

    /** Axis-aligned bounding box. */
    public record BoundingBox(
            double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

        public double sizeX() {
            return maxX - minX;
        }

        public double sizeY() {
            return maxY - minY;
        }

        public double sizeZ() {
            return maxZ - minZ;
        }
    }

    public StlMesh {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(declaredUnit, "declaredUnit");
        Objects.requireNonNull(boundingBoxMm, "boundingBoxMm");
        Objects.requireNonNull(volumeMm3, "volumeMm3");
        if (defect != null && defect.length() > MAX_DEFECT_LENGTH) {
            throw new IllegalArgumentException(
                    "mesh defect longer than " + MAX_DEFECT_LENGTH + " characters");
        }
    }

    /**
     * The defect, if the mesh is not a closed, consistently oriented surface (then its volume is
     * undefined).
     */
    public Optional<String> meshDefect() {
        return Optional.ofNullable(defect);
    }
}
