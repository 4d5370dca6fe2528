package org.implantdhr.heattreatment.entity;

import org.implantdhr.heattreatment.control.AtmosphereKind;

/** What protects the load during a heat-treatment run. */
public enum FurnaceAtmosphere {
    VACUUM(AtmosphereKind.VACUUM_MBAR),
    ARGON(AtmosphereKind.DEW_POINT_C);

    private final AtmosphereKind tracedAs;

    FurnaceAtmosphere(AtmosphereKind tracedAs) {
        this.tracedAs = tracedAs;
    }

    /**
     * The atmosphere column a chart of such a run carries: chamber pressure under vacuum, dew point
     * under argon.
     */
    public AtmosphereKind tracedAs() {
        return tracedAs;
    }
}
