package org.implantdhr.heattreatment.control;

/**
 * The atmosphere column of a furnace chart: one value per sample, in the unit of {@link #kind()}.
 */
public final class AtmosphereTrace {

    private final AtmosphereKind kind;
    private final double[] values;

    public AtmosphereTrace(AtmosphereKind kind, double[] values) {
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.values = values.clone();
    }

    public AtmosphereKind kind() {
        return kind;
    }

    public double[] values() {
        return values.clone();
    }

    public double value(int sample) {
        return values[sample];
    }

    int length() {
        return values.length;
    }
}
