package org.implantdhr.casefile.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class StlParserTest {

    private final StlParser parser = new StlParser();

    /** A cube with one corner at the origin, edge {@code a}, 12 triangles facing outwards. */
    static double[] cube(double a) {
        double[][] p = {
            {0, 0, 0}, {a, 0, 0}, {a, a, 0}, {0, a, 0}, {0, 0, a}, {a, 0, a}, {a, a, a}, {0, a, a}
        };
        int[][] faces = {
            {0, 3, 2}, {0, 2, 1}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4}, {1, 2, 6}, {1, 6, 5},
            {2, 3, 7}, {2, 7, 6}, {3, 0, 4}, {3, 4, 7}
        };
        double[] triangles = new double[faces.length * 9];
        for (int f = 0; f < faces.length; f++) {
            for (int v = 0; v < 3; v++) {
                System.arraycopy(p[faces[f][v]], 0, triangles, f * 9 + v * 3, 3);
            }
        }
        return triangles;
    }

    /** A UV sphere of radius {@code r}: closed, vertices shared exactly. */
    static double[] sphere(double r, int stacks, int slices) {
        double[][][] grid = new double[stacks + 1][slices][];
        for (int i = 0; i <= stacks; i++) {
            double theta = Math.PI * i / stacks;
            for (int j = 0; j < slices; j++) {
                double phi = 2 * Math.PI * j / slices;
                grid[i][j] =
                        i == 0
                                ? new double[] {0, 0, r}
                                : i == stacks
                                        ? new double[] {0, 0, -r}
                                        : new double[] {
                                            r * Math.sin(theta) * Math.cos(phi),
                                            r * Math.sin(theta) * Math.sin(phi),
                                            r * Math.cos(theta)
                                        };
            }
        }
        List<double[]> triangles = new java.util.ArrayList<>();
        for (int i = 0; i < stacks; i++) {
            for (int j = 0; j < slices; j++) {
                double[] a = grid[i][j],
                        b = grid[i + 1][j],
                        c = grid[i + 1][(j + 1) % slices],
                        d = grid[i][(j + 1) % slices];
                if (i != 0) {
                    triangles.add(concat(a, b, d));
                }
                if (i != stacks - 1) {
                    triangles.add(concat(b, c, d));
                }
            }
        }
        return triangles.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[] concat(double[] a, double[] b, double[] c) {
        return new double[] {a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]};
    }

    @Test
    void measuresABinaryCube() {
        StlMesh mesh = parser.parse(StlWriter.binary("cube", cube(10)), DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.BINARY);
        assertThat(mesh.triangleCount()).isEqualTo(12);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
        assertThat(mesh.surfaceAreaMm2()).isEqualTo(600.0);
        assertThat(mesh.maxOuterDimensionMm()).isEqualTo(10.0);
        assertThat(mesh.boundingBoxMm()).isEqualTo(new StlMesh.BoundingBox(0, 0, 0, 10, 10, 10));
        assertThat(mesh.closed()).isTrue();
    }

    @Test
    void measuresAnAsciiCube() {
        StlMesh mesh = parser.parse(StlWriter.ascii("cube", cube(10)), DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.ASCII);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
        assertThat(mesh.closed()).isTrue();
    }

    @Test
    void convertsInchesToMillimetres() {
        StlMesh binary = parser.parse(StlWriter.binary("cube", cube(0.5)), DesignUnit.INCH);
        StlMesh ascii = parser.parse(StlWriter.ascii("cube", cube(0.5)), DesignUnit.INCH);

        for (StlMesh mesh : List.of(binary, ascii)) {
            assertThat(mesh.declaredUnit()).isEqualTo(DesignUnit.INCH);
            assertThat(mesh.maxOuterDimensionMm()).isEqualTo(12.7);
            // 0.125 in³ × 16387.064 mm³/in³, exactly: the float 0.5 and the decimal 0.5 are both
            // exact.
            assertThat(mesh.volumeMm3()).isEqualByComparingTo("2048.383");
            assertThat(mesh.surfaceAreaMm2()).isCloseTo(6 * 12.7 * 12.7, within(1e-9));
        }
    }

    @Test
    void readsABinaryFileWhoseHeaderBeginsWithSolid() {
        StlMesh mesh =
                parser.parse(
                        StlWriter.binary("solid exported by CAD", cube(10)), DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.BINARY);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
    }

    @Test
    void measuresASphereAndReadsAsciiAndBinaryAlike() {
        double[] sphere = sphere(20, 48, 96);

        StlMesh ascii = parser.parse(StlWriter.ascii("sphere", sphere), DesignUnit.MILLIMETRE);
        StlMesh binary = parser.parse(StlWriter.binary("sphere", sphere), DesignUnit.MILLIMETRE);

        assertThat(ascii.closed()).isTrue();
        assertThat(binary.closed()).isTrue();
        assertThat(ascii.triangleCount()).isEqualTo(2 * 48 * 96 - 2 * 96);
        assertThat(ascii.volumeMm3().doubleValue())
                .isCloseTo(4.0 / 3 * Math.PI * 8000, within(0.01 * 33_510));
        assertThat(ascii.surfaceAreaMm2()).isCloseTo(4 * Math.PI * 400, within(0.01 * 5026));
        assertThat(ascii.maxOuterDimensionMm()).isCloseTo(40.0, within(1e-9));
        assertThat(binary.volumeMm3().doubleValue())
                .isCloseTo(ascii.volumeMm3().doubleValue(), within(0.01));
        assertThat(ascii.defect()).isNull();
        assertThat(binary.defect()).isNull();
    }

    @Test
    void reportsAnOpenMeshAsNotClosed() {
        double[] cube = cube(10);

        StlMesh open =
                parser.parse(
                        StlWriter.binary("", Arrays.copyOf(cube, cube.length - 9)),
                        DesignUnit.MILLIMETRE);

        assertThat(open.closed()).isFalse();
        assertThat(open.triangleCount()).isEqualTo(11);
        // the missing triangle is (0 10 0) (0 0 10) (0 10 10): its three edges are open
        assertThat(open.defect())
                .isEqualTo(
                        "open mesh: 3 edges belong to one triangle only: "
                                + "(0.0 0.0 10.0)–(0.0 10.0 10.0), (0.0 10.0 0.0)–(0.0 10.0 10.0), (0.0 10.0 0.0)–(0.0 0.0 10.0) "
                                + "(vertices in file units)");
    }

    @Test
    void namesAFlippedTriangleAsInconsistentOrientation() {
        double[] cube = cube(10);
        flip(cube, 4);

        StlMesh flipped = parser.parse(StlWriter.ascii("cube", cube), DesignUnit.MILLIMETRE);

        assertThat(flipped.closed()).isTrue();
        assertThat(flipped.defect())
                .startsWith(
                        "inconsistently oriented: 3 edges are traversed twice in the same "
                                + "direction: (0.0 0.0 0.0)–(10.0 0.0 0.0), ")
                .endsWith(" (vertices in file units)");
    }

    @Test
    void boundsTheNamedEdgesAndCountsTheRest() {
        double[] sphere = sphere(20, 12, 24);
        double[] open = Arrays.copyOf(sphere, sphere.length - 9 * 24);

        String defect = parser.parse(StlWriter.binary("", open), DesignUnit.MILLIMETRE).defect();

        assertThat(defect)
                .startsWith("open mesh: 24 edges belong to one triangle only: ")
                .contains(" and 19 more")
                .hasSizeLessThan(StlMesh.MAX_DEFECT_LENGTH);
        assertThat(defect.split("–")).hasSize(MeshMeasure.EDGES_NAMED + 1);
    }

    @Test
    void computesTheVolumeExactlyFarFromTheOrigin() {
        double[] cube = cube(0.1);
        for (int i = 0; i < cube.length; i++) {
            cube[i] += 1000;
        }

        StlMesh mesh = parser.parse(StlWriter.ascii("far", cube), DesignUnit.INCH);

        // 0.001 in³ × 16387.064 mm³/in³; the decimal coordinates 1000.1 are read as written, not as
        // doubles
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("16.387064");
    }

    @Test
    void sumsBinaryCoordinatesExactlyWhateverTheirMagnitudes() {
        double[] cube = cube(0.1);
        double[] spread = cube(0.1);
        for (int i = 0; i < cube.length; i++) {
            cube[i] += 1000;
            spread[i] =
                    spread[i] == 0 ? 1e-30 : spread[i] + 1000; // exponents 120 binary places apart
        }
        // the float nearest 1000.1 is 1000.0999755859375: the cube's edge is 0.0999755859375
        // exactly
        BigDecimal edge =
                new BigDecimal((double) (float) 1000.1).subtract(BigDecimal.valueOf(1000));

        StlMesh onGrid = parser.parse(StlWriter.binary("", cube), DesignUnit.MILLIMETRE);

        assertThat(onGrid.volumeMm3())
                .isEqualByComparingTo(
                        edge.pow(3)
                                .setScale(StlMesh.VOLUME_SCALE, java.math.RoundingMode.HALF_EVEN));
        assertThat(parser.parse(StlWriter.binary("", spread), DesignUnit.MILLIMETRE).volumeMm3())
                .isPositive();
    }

    @Test
    void theIntegerSumOfABinaryFileEqualsThePlainExactSum() {
        double[] sphere = sphere(20, 24, 48);
        BigDecimal sixTimes = BigDecimal.ZERO;
        for (int i = 0; i < sphere.length; i += 9) {
            BigDecimal[] e = new BigDecimal[9];
            for (int k = 0; k < 9; k++) {
                e[k] = new BigDecimal((double) (float) (sphere[i + k] + 100));
            }
            sixTimes =
                    sixTimes.add(
                            e[0].multiply(e[4].multiply(e[8]).subtract(e[5].multiply(e[7])))
                                    .add(
                                            e[1].multiply(
                                                    e[5].multiply(e[6])
                                                            .subtract(e[3].multiply(e[8]))))
                                    .add(
                                            e[2].multiply(
                                                    e[3].multiply(e[7])
                                                            .subtract(e[4].multiply(e[6])))));
        }
        double[] moved = sphere.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += 100;
        }

        StlMesh mesh = parser.parse(StlWriter.binary("", moved), DesignUnit.INCH);

        assertThat(mesh.volumeMm3())
                .isEqualByComparingTo(
                        sixTimes.multiply(new BigDecimal("25.4").pow(3))
                                .divide(
                                        BigDecimal.valueOf(6),
                                        StlMesh.VOLUME_SCALE,
                                        java.math.RoundingMode.HALF_EVEN));
    }

    /** Reverses the orientation of triangle {@code i} by swapping its second and third vertex. */
    static void flip(double[] triangles, int i) {
        for (int k = 0; k < 3; k++) {
            double second = triangles[i * 9 + 3 + k];
            triangles[i * 9 + 3 + k] = triangles[i * 9 + 6 + k];
            triangles[i * 9 + 6 + k] = second;
        }
    }

    @Test
    void readsAsciiWhateverTheCaseOfItsKeywordsAndItsLineEnds() {
        String text = new String(StlWriter.ascii("Part 1", cube(10)), StandardCharsets.US_ASCII);
        String capitals = "  " + text.toUpperCase(java.util.Locale.ROOT).replace("\n", "\r\n");

        StlMesh mesh = parser.parse(ascii(capitals), DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.ASCII);
        assertThat(mesh.triangleCount()).isEqualTo(12);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
        assertThat(mesh.defect()).isNull();
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(EvidenceProblems.of(() -> parser.parse(new byte[0], DesignUnit.MILLIMETRE)))
                .containsExactly(new Problem("file", "the file is empty"));
    }

    @Test
    void refusesATruncatedBinaryFile() {
        byte[] whole = StlWriter.binary("solid but binary", cube(10));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 7);

        assertThat(EvidenceProblems.of(() -> parser.parse(truncated, DesignUnit.MILLIMETRE)))
                .containsExactly(
                        new Problem(
                                "byte 677",
                                "the file is 677 bytes, but its header announces 12 triangles, which take "
                                        + "84 + 50 × 12 = 684 bytes: the file is truncated"));
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                Arrays.copyOf(whole, 40), DesignUnit.MILLIMETRE)))
                .extracting(Problem::location)
                .containsExactly("byte 40");
    }

    @Test
    void refusesABinaryFileWithoutTriangles() {
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                StlWriter.binary("empty", new double[0]),
                                                DesignUnit.MILLIMETRE)))
                .containsExactly(new Problem("byte 80", "the file contains no triangles"));
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                ascii("solid x\nendsolid x\n"),
                                                DesignUnit.MILLIMETRE)))
                .containsExactly(new Problem("file", "the file contains no triangles"));
    }

    @Test
    void refusesNonFiniteCoordinates() {
        byte[] binary = StlWriter.binary("", cube(10));
        ByteBuffer.wrap(binary)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(84 + 50 * 2 + 12 + 4, Float.NaN)
                .putFloat(84 + 50 * 4 + 12 + 32, Float.POSITIVE_INFINITY);
        String ascii =
                new String(StlWriter.ascii("cube", cube(10)), StandardCharsets.US_ASCII)
                        .replaceFirst("vertex 0.0 10.0 0.0", "vertex 0.0 -inf 0.0");

        assertThat(EvidenceProblems.of(() -> parser.parse(binary, DesignUnit.MILLIMETRE)))
                .containsExactly(
                        new Problem("triangle 3", "a vertex coordinate is not a finite number"),
                        new Problem("triangle 5", "a vertex coordinate is not a finite number"));
        assertThat(EvidenceProblems.of(() -> parser.parse(ascii(ascii), DesignUnit.MILLIMETRE)))
                .containsExactly(
                        new Problem(
                                "triangle 1 (line 5)",
                                "a vertex coordinate is not a finite number"));
    }

    @Test
    void refusesAsciiSyntaxErrorsWithTheirLine() {
        String text = new String(StlWriter.ascii("cube", cube(10)), StandardCharsets.US_ASCII);

        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                ascii(text.replaceFirst("endloop", "end loop")),
                                                DesignUnit.MILLIMETRE)))
                .containsExactly(new Problem("line 7", "expected 'endloop', found 'end'"));
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                ascii(
                                                        text.replaceFirst(
                                                                "vertex 0.0 0.0 0.0",
                                                                "vertex 0.0 0,0 0.0")),
                                                DesignUnit.MILLIMETRE)))
                .containsExactly(new Problem("line 4", "expected a number, found '0,0'"));
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                ascii(text.substring(0, text.indexOf("endsolid"))),
                                                DesignUnit.MILLIMETRE)))
                .containsExactly(
                        new Problem(
                                "line 86",
                                "expected 'facet' or 'endsolid', found the end of the file"));
    }

    @Test
    void refusesAMeshWithoutVolume() {
        double[] flat = {0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 0, 0, 10, 10, 0, 0, 10, 0};

        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        parser.parse(
                                                StlWriter.binary("", flat), DesignUnit.MILLIMETRE)))
                .containsExactly(
                        new Problem(
                                "file",
                                "the mesh encloses no volume (a flat or degenerate surface)"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @Tag("benchmark")
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void benchmark() {
        byte[] binary = StlWriter.binary("sphere", sphere(50, 400, 800));
        for (int i = 0; i < 10; i++) {
            parser.parse(binary, DesignUnit.MILLIMETRE);
        }
        long start = System.nanoTime();
        StlMesh mesh = parser.parse(binary, DesignUnit.MILLIMETRE);
        System.out.printf(
                "binary STL, %d triangles (%d MB): %.1f ms%n",
                mesh.triangleCount(), binary.length >> 20, (System.nanoTime() - start) / 1e6);
        byte[] ascii = StlWriter.ascii("sphere", sphere(50, 300, 600));
        for (int i = 0; i < 3; i++) {
            parser.parse(ascii, DesignUnit.MILLIMETRE);
        }
        start = System.nanoTime();
        mesh = parser.parse(ascii, DesignUnit.MILLIMETRE);
        System.out.printf(
                "ASCII STL, %d triangles (%d MB): %.1f ms%n",
                mesh.triangleCount(), ascii.length >> 20, (System.nanoTime() - start) / 1e6);
    }
}
