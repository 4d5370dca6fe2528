package org.implantdhr.demo.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the demo plant in the background once the API answers: the application only serves
 * requests after every start-up bean has finished, so this cannot run inside start-up itself. A
 * step refused because the application is (re)starting is tried again from where it stopped, until
 * the application stops.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoFill {

    private static final Logger LOG = Logger.getLogger(DemoFill.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final long PAUSE_MILLIS = 5_000;

    /** Set when the application stops, so that a fill still running in the background gives up. */
    private static volatile boolean applicationStopping;

    static void applicationStops() {
        applicationStopping = true;
    }

    @Inject
    @ConfigProperty(name = "implantdhr.http.port", defaultValue = "9080")
    int port;

    @Asynchronous
    public void fill() {
        applicationStopping = false;
        var api = new DemoClient(port);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Instant firstAttempt = Instant.now();
        try {
            while (!applicationStopping && System.nanoTime() < deadline) {
                if (!api.awaitApi(DemoUsers.named("erin.engineer"), Duration.ofMinutes(2))) {
                    continue;
                }
                try {
                    new DemoPlant(api, firstAttempt).record();
                    return;
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Demo step refused; trying again from where it stopped",
                            e);
                    Thread.sleep(PAUSE_MILLIS);
                }
            }
            LOG.warning("Demo data not recorded completely; the next start continues it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
