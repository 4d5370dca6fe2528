package org.implantdhr.rules.facts;

import java.time.Instant;

/** A recoater, laser or restart event from the build log, with the engineer's disposition. */
public record BuildEvent(
        String eventId, String type, Instant at, String dispositionBy, String disposition) {}
