package org.implantdhr.casefile.control;

import java.util.Objects;

/**
 * What the release rules need to know about a design mesh, in millimetres (DES-ENVELOPE,
 * DES-MASS). The triangles themselves are not kept: the file's bytes are stored as received.
 *
 * @param maxOuterDimensionMm the largest edge of the axis-aligned bounding box
 * @param volumeMm3           the enclosed volume (absolute value of the signed tetrahedra sum)
 * @param closed              every edge is shared by exactly two triangles (vertices matched by
 *                            identical coordinates)
 */
public record StlMesh(Format format, DesignUnit declaredUnit, int triangleCount, BoundingBox boundingBoxMm,
        double maxOuterDimensionMm, double surfaceAreaMm2, double volumeMm3, boolean closed) {

    public enum Format {
        BINARY,
        ASCII
    }

    /** Axis-aligned bounding box. */
    public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

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
    }
}
