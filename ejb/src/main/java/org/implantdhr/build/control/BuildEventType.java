package org.implantdhr.build.control;

/** What a build log row may report besides the layer's readings (column {@code event}). */
public enum BuildEventType {
    /** Exposure of the first layer begins; BLD-O2 judges the oxygen reading on this row. */
    EXPOSURE_START,
    RECOATER_STREAK,
    RECOATER_CRASH,
    SHORT_FEED,
    LASER_FAULT,
    GAS_FLOW_ALARM,
    PAUSE,
    RESTART
}
