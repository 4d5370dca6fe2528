package org.implantdhr.casefile.control;

import java.util.Arrays;

/**
 * Accumulates the measures of a triangle mesh one triangle at a time, in file units: bounding box,
 * surface area, signed volume (sum of the tetrahedra each triangle forms with a fixed point) and the
 * number of triangles on each edge. Vertices are the same when their coordinates are identical;
 * open addressing on primitive arrays keeps a million-triangle mesh out of the object heap.
 */
final class MeshMeasure {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double minZ = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private double maxZ = Double.NEGATIVE_INFINITY;
    private double area;
    private double sixTimesVolume;
    private double originX;
    private double originY;
    private double originZ;
    private int triangles;

    private double[] vertices;
    private int[] vertexSlots;
    private int vertexCount;
    private long[] edgeKeys;
    private int[] edgeCounts;
    private int edgeCount;

    MeshMeasure(int expectedTriangles) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedTriangles * 2)) * 2;
        vertices = new double[capacity * 3];
        vertexSlots = new int[capacity * 2];
        Arrays.fill(vertexSlots, -1);
        edgeKeys = new long[capacity * 4];
        edgeCounts = new int[capacity * 4];
    }

    void add(double[] t) {
        if (triangles++ == 0) {
            // Tetrahedra are taken from the first vertex rather than from the file's origin, which may be
            // far from the part: smaller coordinates lose less precision to cancellation.
            originX = t[0];
            originY = t[1];
            originZ = t[2];
        }
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
        double ax = t[0] - originX, ay = t[1] - originY, az = t[2] - originZ;
        double bx = t[3] - originX, by = t[4] - originY, bz = t[5] - originZ;
        double dx = t[6] - originX, dy = t[7] - originY, dz = t[8] - originZ;
        sixTimesVolume += ax * (by * dz - bz * dy) - ay * (bx * dz - bz * dx) + az * (bx * dy - by * dx);
        int a = vertex(t[0], t[1], t[2]);
        int b = vertex(t[3], t[4], t[5]);
        int c = vertex(t[6], t[7], t[8]);
        edge(a, b);
        edge(b, c);
        edge(c, a);
    }

    int triangles() {
        return triangles;
    }

    double signedVolume() {
        return sixTimesVolume / 6;
    }

    double largestExtent() {
        return Math.max(maxX - minX, Math.max(maxY - minY, maxZ - minZ));
    }

    StlMesh toMesh(StlMesh.Format format, DesignUnit unit) {
        double mm = unit.millimetres();
        StlMesh.BoundingBox box = new StlMesh.BoundingBox(minX * mm, minY * mm, minZ * mm, maxX * mm, maxY * mm,
                maxZ * mm);
        double maxOuter = Math.max(box.sizeX(), Math.max(box.sizeY(), box.sizeZ()));
        return new StlMesh(format, unit, triangles, box, maxOuter, area * mm * mm, Math.abs(signedVolume()) * mm * mm * mm,
                isClosed());
    }

    private boolean isClosed() {
        for (int i = 0; i < edgeCounts.length; i++) {
            if (edgeCounts[i] != 0 && edgeCounts[i] != 2) {
                return false;
            }
        }
        return true;
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

    private void edge(int a, int b) {
        if (edgeCount * 2 >= edgeKeys.length) {
            growEdges();
        }
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        int mask = edgeKeys.length - 1;
        int slot = mix(key) & mask;
        while (edgeCounts[slot] != 0 && edgeKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (edgeCounts[slot] == 0) {
            edgeKeys[slot] = key;
            edgeCount++;
        }
        edgeCounts[slot]++;
    }

    private void growVertices() {
        vertices = Arrays.copyOf(vertices, vertices.length * 2);
        vertexSlots = new int[vertexSlots.length * 2];
        Arrays.fill(vertexSlots, -1);
        int mask = vertexSlots.length - 1;
        for (int id = 0; id < vertexCount; id++) {
            int slot = vertexHash(vertices[id * 3], vertices[id * 3 + 1], vertices[id * 3 + 2]) & mask;
            while (vertexSlots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            vertexSlots[slot] = id;
        }
    }

    private void growEdges() {
        long[] keys = edgeKeys;
        int[] counts = edgeCounts;
        edgeKeys = new long[keys.length * 2];
        edgeCounts = new int[counts.length * 2];
        int mask = edgeKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != 0) {
                int slot = mix(keys[i]) & mask;
                while (edgeCounts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                edgeKeys[slot] = keys[i];
                edgeCounts[slot] = counts[i];
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

    /** Spreads every input bit over the low bits used as the slot (edge keys differ mostly in few bits). */
    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
