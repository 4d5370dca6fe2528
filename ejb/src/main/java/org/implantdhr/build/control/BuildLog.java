package org.implantdhr.build.control;

import java.time.Instant;
import java.util.List;

/**
 * A parsed LPBF build log, one entry per row of the file, in file order, held column by column so
 * that 30,000 layers are four arrays rather than 30,000 objects. Immutable: the array accessors
 * return copies; the indexed accessors read without copying.
 */
public final class BuildLog {

    private final int[] layers;
    private final long[] epochMillis;
    private final double[] o2Ppm;
    private final double[] layerThicknessUm;
    private final List<BuildEvent> events;

    /** All arrays must have the same length; they are copied. */
    public BuildLog(
            int[] layers,
            long[] epochMillis,
            double[] o2Ppm,
            double[] layerThicknessUm,
            List<BuildEvent> events) {
        int rows = layers.length;
        if (epochMillis.length != rows || o2Ppm.length != rows || layerThicknessUm.length != rows) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        this.layers = layers.clone();
        this.epochMillis = epochMillis.clone();
        this.o2Ppm = o2Ppm.clone();
        this.layerThicknessUm = layerThicknessUm.clone();
        this.events = List.copyOf(events);
    }

    public int rowCount() {
        return layers.length;
    }

    public int[] layers() {
        return layers.clone();
    }

    public long[] epochMillis() {
        return epochMillis.clone();
    }

    /** Chamber oxygen in ppm (by volume). */
    public double[] o2Ppm() {
        return o2Ppm.clone();
    }

    public double[] layerThicknessUm() {
        return layerThicknessUm.clone();
    }

    public int layer(int row) {
        return layers[row];
    }

    public long epochMilli(int row) {
        return epochMillis[row];
    }

    public Instant timestamp(int row) {
        return Instant.ofEpochMilli(epochMillis[row]);
    }

    public double o2Ppm(int row) {
        return o2Ppm[row];
    }

    public double layerThicknessUm(int row) {
        return layerThicknessUm[row];
    }

    /** The rows that reported an event, in file order. */
    public List<BuildEvent> events() {
        return events;
    }
}
