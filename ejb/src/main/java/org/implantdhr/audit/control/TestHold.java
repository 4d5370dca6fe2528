package org.implantdhr.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A deliberately slow transaction, for the integration tests only: when the test server switches it
 * on ({@code implantdhr.test.hold-audited-transactions}, set in ear/src/test/liberty only), an
 * audited change whose reason begins with {@value #PREFIX} and a number of seconds holds its
 * transaction open that long after writing its audit entry — the way a slow import or recall would.
 * Off everywhere else: a reason is then only a reason.
 */
@ApplicationScoped
public class TestHold {

    static final String PREFIX = "test: hold the transaction ";
    private static final int MAX_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "implantdhr.test.hold-audited-transactions", defaultValue = "false")
    boolean enabled;

    void holdIfAsked(String reason) {
        if (!enabled || reason == null || !reason.startsWith(PREFIX)) {
            return;
        }
        String seconds = reason.substring(PREFIX.length()).split("\\D", 2)[0];
        if (seconds.isEmpty()) {
            return;
        }
        long held = seconds.length() > 2 ? MAX_SECONDS : Long.parseLong(seconds);
        try {
            Thread.sleep(Duration.ofSeconds(Math.min(MAX_SECONDS, held)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
