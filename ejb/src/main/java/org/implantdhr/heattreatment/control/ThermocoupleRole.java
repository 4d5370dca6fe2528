package org.implantdhr.heattreatment.control;

/** What a thermocouple on a furnace chart measures (AMS 2750 terms). */
public enum ThermocoupleRole {
    /** Attached to the load or a witness part; the soak and overshoot checks read these. */
    LOAD,
    /** The furnace controller's own sensor. */
    CONTROL,
    /** Any other fixed furnace sensor (for example a survey or recorder thermocouple). */
    FURNACE
}
