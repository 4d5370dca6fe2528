package org.implantdhr.casefile.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes triangles as STL. Triangles are given as one flat array, nine coordinates per triangle
 * ({@code x1 y1 z1 x2 y2 z2 x3 y3 z3}), counter-clockwise seen from outside; facet normals are
 * computed. Binary STL stores float32, so coordinates are rounded to float there.
 */
public final class StlWriter {

    private StlWriter() {}

    /** Binary STL; {@code header} (ASCII, at most 80 characters) fills the 80-byte header. */
    public static byte[] binary(String header, double[] triangles) {
        int count = triangleCount(triangles);
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        if (headerBytes.length > 80) {
            throw new IllegalArgumentException("header longer than 80 bytes");
        }
        ByteBuffer out = ByteBuffer.allocate(84 + 50 * count).order(ByteOrder.LITTLE_ENDIAN);
        out.put(headerBytes).position(80);
        out.putInt(count);
        for (int i = 0; i < count; i++) {
            for (double n : normal(triangles, i)) {
                out.putFloat((float) n);
            }
            for (int k = 0; k < 9; k++) {
                out.putFloat((float) triangles[i * 9 + k]);
            }
            out.putShort((short) 0);
        }
        return out.array();
    }

    /** ASCII STL named {@code solidName}, coordinates written exactly as doubles. */
    public static byte[] ascii(String solidName, double[] triangles) {
        int count = triangleCount(triangles);
        StringBuilder out = new StringBuilder(64 + count * 256);
        out.append("solid ").append(solidName).append('\n');
        for (int i = 0; i < count; i++) {
            double[] n = normal(triangles, i);
            out.append("  facet normal ")
                    .append(n[0])
                    .append(' ')
                    .append(n[1])
                    .append(' ')
                    .append(n[2])
                    .append("\n    outer loop\n");
            for (int v = 0; v < 3; v++) {
                int at = i * 9 + v * 3;
                out.append("      vertex ")
                        .append(triangles[at])
                        .append(' ')
                        .append(triangles[at + 1])
                        .append(' ')
                        .append(triangles[at + 2])
                        .append('\n');
            }
            out.append("    endloop\n  endfacet\n");
        }
        out.append("endsolid ").append(solidName).append('\n');
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int triangleCount(double[] triangles) {
        if (triangles.length % 9 != 0) {
            throw new IllegalArgumentException("nine coordinates per triangle expected");
        }
        return triangles.length / 9;
    }

    private static double[] normal(double[] t, int i) {
        int o = i * 9;
        double ux = t[o + 3] - t[o], uy = t[o + 4] - t[o + 1], uz = t[o + 5] - t[o + 2];
        double vx = t[o + 6] - t[o], vy = t[o + 7] - t[o + 1], vz = t[o + 8] - t[o + 2];
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        return length == 0 ? new double[3] : new double[] {nx / length, ny / length, nz / length};
    }
}
