package org.implantdhr.heattreatment.control;

/** What the atmosphere column of a furnace chart records, and the unit its values are kept in. */
public enum AtmosphereKind {
    /** Absolute chamber pressure in mbar. */
    VACUUM_MBAR,
    /** Dew point of the inert gas in °C. */
    DEW_POINT_C
}
