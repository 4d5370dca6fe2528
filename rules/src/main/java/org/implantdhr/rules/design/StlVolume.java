package org.implantdhr.rules.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The enclosed volume of a closed, consistently oriented triangle mesh from a binary STL, by the
 * divergence theorem (sum of signed tetrahedra to the origin). STL carries no units: the
 * coordinates must be in mm.
 */
public final class StlVolume {

    private static final int HEADER_BYTES = 80;
    private static final int TRIANGLE_BYTES = 50;

    private StlVolume() {}

    public static BigDecimal cubicCentimetresOfBinaryStl(byte[] stl) {
        if (stl.length < HEADER_BYTES + 4) {
            throw new IllegalArgumentException("Not a binary STL: " + stl.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(stl).order(ByteOrder.LITTLE_ENDIAN);
        long triangles = Integer.toUnsignedLong(buffer.getInt(HEADER_BYTES));
        if (stl.length != HEADER_BYTES + 4 + triangles * TRIANGLE_BYTES) {
            throw new IllegalArgumentException(
                    "Binary STL declares "
                            + triangles
                            + " triangles but has "
                            + stl.length
                            + " bytes");
        }
        double sixTimesVolume = 0;
        for (long k = 0; k < triangles; k++) {
            int at = (int) (HEADER_BYTES + 4 + k * TRIANGLE_BYTES + 12);
            double ax = buffer.getFloat(at),
                    ay = buffer.getFloat(at + 4),
                    az = buffer.getFloat(at + 8);
            double bx = buffer.getFloat(at + 12),
                    by = buffer.getFloat(at + 16),
                    bz = buffer.getFloat(at + 20);
            double cx = buffer.getFloat(at + 24),
                    cy = buffer.getFloat(at + 28),
                    cz = buffer.getFloat(at + 32);
            sixTimesVolume +=
                    ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
        }
        double cubicMillimetres = Math.abs(sixTimesVolume) / 6.0;
        return BigDecimal.valueOf(cubicMillimetres / 1000.0).setScale(3, RoundingMode.HALF_EVEN);
    }
}
