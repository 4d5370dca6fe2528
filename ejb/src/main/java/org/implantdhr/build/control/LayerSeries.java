package org.implantdhr.build.control;

/**
 * A build's layer trace as stored, row by row in log order, held as primitive columns: what the
 * release rules and the layer chart read. The arrays are the caller's to keep; nothing else holds
 * them.
 */
public record LayerSeries(
        int[] layers, long[] epochMillis, double[] o2Ppm, double[] layerThicknessUm) {

    public LayerSeries {
        int rows = layers.length;
        if (epochMillis.length != rows || o2Ppm.length != rows || layerThicknessUm.length != rows) {
            throw new IllegalArgumentException("columns of different lengths");
        }
    }

    public static LayerSeries empty() {
        return new LayerSeries(new int[0], new long[0], new double[0], new double[0]);
    }

    public int rowCount() {
        return layers.length;
    }

    /**
     * The times in whole seconds since the epoch (rounded down), for display; the rules take {@link
     * #epochMillis}.
     */
    public long[] epochSeconds() {
        long[] seconds = new long[epochMillis.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = Math.floorDiv(epochMillis[i], 1000L);
        }
        return seconds;
    }
}
