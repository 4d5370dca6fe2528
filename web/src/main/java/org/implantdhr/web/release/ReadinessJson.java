package org.implantdhr.web.release;

import java.util.List;
import org.implantdhr.release.control.Readiness;

/**
 * Where an implant stands towards its release for the caller: {@code readyToSign} only when nothing
 * but the release signature is missing, so that a client never offers a release the release would
 * refuse.
 */
public record ReadinessJson(
        String state,
        String label,
        String summary,
        boolean readyToSign,
        boolean blocked,
        List<String> obstacles) {

    public static ReadinessJson of(Readiness r) {
        return new ReadinessJson(
                r.state().name(),
                r.label(),
                r.summary(),
                r.readyToSign(),
                r.blocked(),
                r.obstacles());
    }
}
