package org.implantdhr.followup.entity;

/** How an adverse event ended, or stands. */
public enum EventOutcome {
    RECOVERED,
    RECOVERING,
    NOT_RECOVERED,
    RECOVERED_WITH_SEQUELAE,
    FATAL,
    UNKNOWN;

    /** Recovered, with or without sequelae, or fatal: the event has an end date. */
    public boolean resolved() {
        return this == RECOVERED || this == RECOVERED_WITH_SEQUELAE || this == FATAL;
    }
}
