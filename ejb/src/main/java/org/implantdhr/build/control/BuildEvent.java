package org.implantdhr.build.control;

import java.time.Instant;
import java.util.Objects;

/** An event reported on a build log row, at that row's layer and time. */
public record BuildEvent(int layer, Instant timestamp, BuildEventType type) {

    public BuildEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(type, "type");
    }
}
