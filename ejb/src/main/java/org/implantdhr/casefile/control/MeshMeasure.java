package org.implantdhr.casefile.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Accumulates the measures of a triangle mesh one triangle at a time, in file units: bounding box,
 * surface area, signed volume and how the triangles meet at their edges.
 *
 * <p>The volume is the sum of the signed tetrahedra each triangle forms with the origin, computed
 * exactly: a coordinate is the exact value the file holds (a binary float32 is an exact binary
 * fraction; an ASCII coordinate is the exact decimal written), and the products and the sum are
 * {@link BigDecimal}s, so neither rounding nor cancellation depends on where the part lies or on
 * the order of the triangles. A double sum of a million triangles far from the origin loses digits.
 *
 * <p>Edges: vertices are the same when their coordinates are identical. Every edge of a closed,
 * consistently oriented mesh is traversed once in each direction by exactly two triangles; an edge
 * of one triangle only is an open edge, an edge traversed twice in the same direction is an
 * orientation error (one of its triangles is flipped), an edge of more than two triangles is
 * non-manifold. Open addressing on primitive arrays keeps a million-triangle mesh out of the object
 * heap.
 */
final class MeshMeasure {

    /** How many edges of each kind of defect are named, by their vertices, in {@link #defect()}. */
    static final int EDGES_NAMED = 5;

    private final boolean floatCoordinates;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double minZ = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private double maxZ = Double.NEGATIVE_INFINITY;
    private double area;
    private BigDecimal sixTimesVolume = BigDecimal.ZERO;

    /**
     * Binary STL: six times the volume in units of 2^(3 × floatBase), as an integer (see {@link
     * FloatGrid}).
     */
    private BigInteger sixTimesVolumeOnGrid = BigInteger.ZERO;

    private FloatGrid grid;
    private int triangles;

    private double[] vertices;
    private int[] vertexSlots;
    private int vertexCount;

    /**
     * Per undirected edge (lower vertex id in the high half): how often it is traversed low→high
     * and high→low.
     */
    private long[] edgeKeys;

    private int[] forward;
    private int[] backward;
    private int[] firstTriangle;
    private int edgeCount;

    /**
     * @param floatCoordinates the coordinates are float32 values (binary STL): named in defects as
     *     floats, so that they read as the file's numbers
     */
    MeshMeasure(int expectedTriangles, boolean floatCoordinates) {
        this.floatCoordinates = floatCoordinates;
        int capacity = Integer.highestOneBit(Math.max(16, expectedTriangles * 2)) * 2;
        vertices = new double[capacity * 3];
        vertexSlots = new int[capacity * 2];
        Arrays.fill(vertexSlots, -1);
        edgeKeys = new long[capacity * 4];
        forward = new int[capacity * 4];
        backward = new int[capacity * 4];
        firstTriangle = new int[capacity * 4];
    }

    /**
     * A triangle of float32 coordinates (binary STL), widened to doubles. With a {@link FloatGrid}
     * the exact products are taken on integers, otherwise on BigDecimals.
     */
    void add(double[] t) {
        if (grid != null) {
            BigInteger[] x = new BigInteger[9];
            for (int k = 0; k < 9; k++) {
                x[k] = grid.integer((float) t[k]);
            }
            sixTimesVolumeOnGrid = sixTimesVolumeOnGrid.add(determinant(x));
            addShape(t);
            return;
        }
        BigDecimal[] exact = new BigDecimal[9];
        for (int k = 0; k < 9; k++) {
            exact[k] = new BigDecimal(t[k]);
        }
        add(t, exact);
    }

    /**
     * From now on float coordinates are summed on this grid (every coordinate of the file must lie
     * on it).
     */
    void useGrid(FloatGrid grid) {
        this.grid = grid;
    }

    /**
     * A triangle: {@code t} its coordinates as doubles, {@code exact} the same coordinates as the
     * file writes them.
     */
    void add(double[] t, BigDecimal[] exact) {
        sixTimesVolume = sixTimesVolume.add(determinant(exact));
        addShape(t);
    }

    private void addShape(double[] t) {
        triangles++;
        for (int v = 0; v < 9; v += 3) {
            minX = Math.min(minX, t[v]);
            maxX = Math.max(maxX, t[v]);
            minY = Math.min(minY, t[v + 1]);
            maxY = Math.max(maxY, t[v + 1]);
            minZ = Math.min(minZ, t[v + 2]);
            maxZ = Math.max(maxZ, t[v + 2]);
        }
        double ux = t[3] - t[0], uy = t[4] - t[1], uz = t[5] - t[2];
        double vx = t[6] - t[0], vy = t[7] - t[1], vz = t[8] - t[2];
        double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
        area += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
        int a = vertex(t[0], t[1], t[2]);
        int b = vertex(t[3], t[4], t[5]);
        int c = vertex(t[6], t[7], t[8]);
        edge(a, b);
        edge(b, c);
        edge(c, a);
    }

    /** a · (b × c): six times the signed volume of the tetrahedron (origin, a, b, c). */
    private static BigDecimal determinant(BigDecimal[] e) {
        BigDecimal crossX = e[4].multiply(e[8]).subtract(e[5].multiply(e[7]));
        BigDecimal crossY = e[5].multiply(e[6]).subtract(e[3].multiply(e[8]));
        BigDecimal crossZ = e[3].multiply(e[7]).subtract(e[4].multiply(e[6]));
        return e[0].multiply(crossX).add(e[1].multiply(crossY)).add(e[2].multiply(crossZ));
    }

    private static BigInteger determinant(BigInteger[] e) {
        BigInteger crossX = e[4].multiply(e[8]).subtract(e[5].multiply(e[7]));
        BigInteger crossY = e[5].multiply(e[6]).subtract(e[3].multiply(e[8]));
        BigInteger crossZ = e[3].multiply(e[7]).subtract(e[4].multiply(e[6]));
        return e[0].multiply(crossX).add(e[1].multiply(crossY)).add(e[2].multiply(crossZ));
    }

    int triangles() {
        return triangles;
    }

    /** Six times the signed volume, exactly, in file units³. */
    BigDecimal sixTimesSignedVolume() {
        return grid == null ? sixTimesVolume : sixTimesVolume.add(grid.cubed(sixTimesVolumeOnGrid));
    }

    double largestExtent() {
        return Math.max(maxX - minX, Math.max(maxY - minY, maxZ - minZ));
    }

    StlMesh toMesh(StlMesh.Format format, DesignUnit unit) {
        double mm = unit.millimetres();
        StlMesh.BoundingBox box =
                new StlMesh.BoundingBox(
                        minX * mm, minY * mm, minZ * mm, maxX * mm, maxY * mm, maxZ * mm);
        double maxOuter = Math.max(box.sizeX(), Math.max(box.sizeY(), box.sizeZ()));
        BigDecimal unitCubed = unit.exactMillimetres().pow(3);
        BigDecimal volume =
                sixTimesSignedVolume()
                        .abs()
                        .multiply(unitCubed)
                        .divide(
                                BigDecimal.valueOf(6),
                                StlMesh.VOLUME_SCALE,
                                java.math.RoundingMode.HALF_EVEN);
        return new StlMesh(
                format,
                unit,
                triangles,
                box,
                maxOuter,
                area * mm * mm,
                volume,
                isClosed(),
                defect());
    }

    /** Every edge is shared by exactly two triangles (whatever their orientation). */
    private boolean isClosed() {
        for (int i = 0; i < edgeKeys.length; i++) {
            int uses = forward[i] + backward[i];
            if (uses != 0 && uses != 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with the mesh's edges, naming the first few in file order; null if nothing is.
     */
    String defect() {
        List<Integer> open = new ArrayList<>();
        List<Integer> sameDirection = new ArrayList<>();
        List<Integer> nonManifold = new ArrayList<>();
        for (int i = 0; i < edgeKeys.length; i++) {
            int uses = forward[i] + backward[i];
            if (uses == 1) {
                open.add(i);
            } else if (uses == 2 && forward[i] != 1) {
                sameDirection.add(i);
            } else if (uses > 2) {
                nonManifold.add(i);
            }
        }
        StringJoiner defect = new StringJoiner("; ");
        describe(defect, open, "open mesh: %d edge%s belong%s to one triangle only");
        describe(
                defect,
                sameDirection,
                "inconsistently oriented: %d edge%s %s traversed twice in the same direction");
        describe(
                defect,
                nonManifold,
                "non-manifold: %d edge%s %s shared by more than two triangles");
        return defect.length() == 0 ? null : defect + " (vertices in file units)";
    }

    private void describe(StringJoiner defect, List<Integer> slots, String what) {
        if (slots.isEmpty()) {
            return;
        }
        int n = slots.size();
        String text =
                what.contains("belong")
                        ? what.formatted(n, n == 1 ? "" : "s", n == 1 ? "s" : "")
                        : what.formatted(n, n == 1 ? "" : "s", n == 1 ? "is" : "are");
        slots.sort(Comparator.comparingInt(i -> firstTriangle[i]));
        StringJoiner edges = new StringJoiner(", ", text + ": ", "");
        for (int i : slots.subList(0, Math.min(EDGES_NAMED, n))) {
            long key = edgeKeys[i];
            edges.add(point((int) (key >>> 32)) + "–" + point((int) key));
        }
        defect.add(edges + (n > EDGES_NAMED ? " and " + (n - EDGES_NAMED) + " more" : ""));
    }

    private String point(int vertex) {
        return "("
                + number(vertices[vertex * 3])
                + " "
                + number(vertices[vertex * 3 + 1])
                + " "
                + number(vertices[vertex * 3 + 2])
                + ")";
    }

    private String number(double value) {
        return floatCoordinates ? Float.toString((float) value) : Double.toString(value);
    }

    private int vertex(double x, double y, double z) {
        if (vertexCount * 2 >= vertexSlots.length) {
            growVertices();
        }
        int mask = vertexSlots.length - 1;
        int slot = vertexHash(x, y, z) & mask;
        while (vertexSlots[slot] >= 0) {
            int id = vertexSlots[slot];
            if (vertices[id * 3] == x && vertices[id * 3 + 1] == y && vertices[id * 3 + 2] == z) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        vertexSlots[slot] = vertexCount;
        vertices[vertexCount * 3] = x;
        vertices[vertexCount * 3 + 1] = y;
        vertices[vertexCount * 3 + 2] = z;
        return vertexCount++;
    }

    private void edge(int from, int to) {
        if (edgeCount * 2 >= edgeKeys.length) {
            growEdges();
        }
        boolean lowToHigh = from < to;
        long key = lowToHigh ? ((long) from << 32) | to : ((long) to << 32) | from;
        int mask = edgeKeys.length - 1;
        int slot = mix(key) & mask;
        while (forward[slot] + backward[slot] != 0 && edgeKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (forward[slot] + backward[slot] == 0) {
            edgeKeys[slot] = key;
            firstTriangle[slot] = triangles;
            edgeCount++;
        }
        if (lowToHigh) {
            forward[slot]++;
        } else {
            backward[slot]++;
        }
    }

    private void growVertices() {
        vertices = Arrays.copyOf(vertices, vertices.length * 2);
        vertexSlots = new int[vertexSlots.length * 2];
        Arrays.fill(vertexSlots, -1);
        int mask = vertexSlots.length - 1;
        for (int id = 0; id < vertexCount; id++) {
            int slot =
                    vertexHash(vertices[id * 3], vertices[id * 3 + 1], vertices[id * 3 + 2]) & mask;
            while (vertexSlots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            vertexSlots[slot] = id;
        }
    }

    private void growEdges() {
        long[] keys = edgeKeys;
        int[] forwardCounts = forward;
        int[] backwardCounts = backward;
        int[] firsts = firstTriangle;
        edgeKeys = new long[keys.length * 2];
        forward = new int[keys.length * 2];
        backward = new int[keys.length * 2];
        firstTriangle = new int[keys.length * 2];
        int mask = edgeKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (forwardCounts[i] + backwardCounts[i] != 0) {
                int slot = mix(keys[i]) & mask;
                while (forward[slot] + backward[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                edgeKeys[slot] = keys[i];
                forward[slot] = forwardCounts[i];
                backward[slot] = backwardCounts[i];
                firstTriangle[slot] = firsts[i];
            }
        }
    }

    /** + 0.0 makes −0.0 and 0.0 hash alike, as they compare equal. */
    private static int vertexHash(double x, double y, double z) {
        long h = Double.doubleToLongBits(x + 0.0);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y + 0.0);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(z + 0.0);
        return mix(h);
    }

    /**
     * Spreads every input bit over the low bits used as the slot (edge keys differ mostly in few
     * bits).
     */
    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
