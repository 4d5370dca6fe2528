package org.implantdhr.web.build;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.implantdhr.build.entity.LoggedEvent;

/** An event from a build's log with the engineer's disposition, if any. */
public record EventJson(
        long id,
        int layer,
        Instant occurredAt,
        String type,
        String disposition,
        String dispositionedBy,
        Instant dispositionedAt) {

    static EventJson of(LoggedEvent e) {
        return new EventJson(
                e.id(),
                e.layerNumber(),
                e.occurredAt(),
                e.type().name(),
                e.disposition(),
                e.dispositionedBy(),
                e.dispositionedAt());
    }

    /**
     * What an engineer decided about the event; a reason only when changing an earlier disposition.
     */
    public record Disposition(@NotBlank @Size(max = 1000) String disposition, String reason) {}
}
