package org.implantdhr.casefile.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.evidence.control.ProblemList;

/**
 * Reads a design mesh from STL, binary or ASCII, and measures it (see {@link StlMesh}).
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li>Binary: 80-byte header (any content, may begin with {@code solid}), unsigned 32-bit
 *       little-endian triangle count n, then n records of 50 bytes (normal, three vertices as 12
 *       little-endian float32, 2 attribute bytes). The file is binary exactly when its size is 84 +
 *       50 × n, which is how binary files whose header starts with {@code solid} are told from
 *       ASCII ones.
 *   <li>ASCII: {@code solid [name]}, then per triangle {@code facet normal nx ny nz / outer loop /
 *       vertex x y z} (three times) {@code / endloop / endfacet}, then {@code endsolid [name]}.
 *       Keywords are read whatever their case ({@code SOLID}, {@code FACET NORMAL}, {@code
 *       ENDSOLID} as some CAD systems write them); tokens are separated by any white space (CRLF
 *       line ends, indentation, white space before {@code solid}); the name is the rest of the
 *       {@code solid} line; numbers as {@code DecimalText} reads them.
 * </ul>
 *
 * The normals are not used (many exporters write zeros). Coordinates are in the unit the caller
 * declares ({@link DesignUnit}). Refused: an empty file, a binary file whose size does not match
 * its triangle count (truncated or padded), no triangles, ASCII syntax errors (with line),
 * non-finite coordinates (with triangle number), and a mesh that encloses no volume (|volume| at
 * most 10⁻⁹ of the cube of its largest extent: a flat or degenerate surface).
 *
 * <h2>Accepted, with a defect</h2>
 *
 * A mesh that is open (an edge of one triangle only), inconsistently oriented (an edge traversed
 * twice in the same direction: a flipped triangle) or non-manifold (an edge of more than two
 * triangles) is accepted as a design file, but {@link StlMesh#defect()} names the defect and the
 * first edges by their vertex coordinates: its volume is then undefined and the release rules do
 * not use it (DES-MASS fails).
 *
 * <h2>Volume</h2>
 *
 * Computed exactly (see {@link MeshMeasure}): binary coordinates are the float32 values, ASCII
 * coordinates the decimals as written; an inch file is converted with the exact 25.4 mm.
 */
public final class StlParser {

    static final String TITLE = "The STL file cannot be accepted";

    public StlMesh parse(byte[] bytes, DesignUnit unit) {
        ProblemList problems = new ProblemList();
        if (bytes.length == 0) {
            problems.add("file", "the file is empty");
            problems.throwIfAny(TITLE);
        }
        MeshMeasure measure;
        StlMesh.Format format;
        if (isBinary(bytes)) {
            format = StlMesh.Format.BINARY;
            measure = readBinary(bytes, problems);
        } else if (startsWithSolid(bytes) && !containsNul(bytes)) {
            format = StlMesh.Format.ASCII;
            measure =
                    new AsciiStlReader(new String(bytes, StandardCharsets.ISO_8859_1), problems)
                            .read();
        } else {
            throw sizeMismatch(bytes);
        }
        if (problems.isEmpty() && measure.triangles() == 0) {
            problems.add(
                    format == StlMesh.Format.BINARY ? "byte 80" : "file",
                    "the file contains no triangles");
        }
        if (problems.isEmpty()
                && !(Math.abs(measure.sixTimesSignedVolume().doubleValue()) / 6
                        > 1e-9 * Math.pow(measure.largestExtent(), 3))) {
            problems.add("file", "the mesh encloses no volume (a flat or degenerate surface)");
        }
        problems.throwIfAny(TITLE);
        return measure.toMesh(format, unit);
    }

    private static boolean isBinary(byte[] bytes) {
        return bytes.length >= 84 && 84 + 50 * announcedTriangles(bytes) == bytes.length;
    }

    private static long announcedTriangles(byte[] bytes) {
        return Integer.toUnsignedLong(
                ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static boolean startsWithSolid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return bytes.length - i >= 5
                && new String(bytes, i, 5, StandardCharsets.ISO_8859_1).equalsIgnoreCase("solid");
    }

    /**
     * A binary file whose header begins with "solid" but whose size is wrong still has NUL bytes
     * early on.
     */
    private static boolean containsNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static InvalidEvidenceException sizeMismatch(byte[] bytes) {
        if (bytes.length < 84) {
            return new InvalidEvidenceException(
                    TITLE,
                    "byte " + bytes.length,
                    "the file ends inside the 84-byte "
                            + "header of a binary STL (and does not begin with 'solid', as an ASCII STL does)");
        }
        long triangles = announcedTriangles(bytes);
        long expected = 84 + 50 * triangles;
        return new InvalidEvidenceException(
                TITLE,
                "byte " + Math.min(bytes.length, expected),
                "the file is "
                        + bytes.length
                        + " bytes, but its header announces "
                        + triangles
                        + " triangles, which take 84 + 50 × "
                        + triangles
                        + " = "
                        + expected
                        + " bytes: the file is "
                        + (bytes.length < expected ? "truncated" : "longer than its triangles"));
    }

    private static MeshMeasure readBinary(byte[] bytes, ProblemList problems) {
        int triangles = (int) announcedTriangles(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        MeshMeasure measure = new MeshMeasure(triangles, true);
        int smallest = Integer.MAX_VALUE;
        for (int i = 0; i < triangles; i++) {
            for (int k = 0; k < 9; k++) {
                float f = in.getFloat(84 + 50 * i + 12 + 4 * k);
                int exponent = FloatGrid.exponent(f);
                if (Float.isFinite(f) && exponent != Integer.MIN_VALUE) {
                    smallest = Math.min(smallest, exponent);
                }
            }
        }
        measure.useGrid(FloatGrid.of(smallest));
        double[] t = new double[9];
        for (int i = 0; i < triangles && !problems.isFull(); i++) {
            int offset = 84 + 50 * i + 12;
            boolean finite = true;
            for (int k = 0; k < 9; k++) {
                t[k] = in.getFloat(offset + 4 * k);
                finite &= Double.isFinite(t[k]);
            }
            if (finite) {
                measure.add(t);
            } else {
                problems.add("triangle " + (i + 1), "a vertex coordinate is not a finite number");
            }
        }
        return measure;
    }
}
