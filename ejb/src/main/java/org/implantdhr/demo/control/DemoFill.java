package org.implantdhr.demo.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the demo plant in the background once the API answers: the application only serves requests after
 * every start-up bean has finished, so this cannot run inside start-up itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoFill {

    private static final Logger LOG = Logger.getLogger(DemoFill.class.getName());

    @Inject
    @ConfigProperty(name = "implantdhr.http.port", defaultValue = "9080")
    int port;

    @Asynchronous
    public void fill() {
        var api = new DemoClient(port);
        try {
            if (!api.awaitApi(DemoUsers.named("erin.engineer"), Duration.ofMinutes(10))) {
                LOG.warning("Demo data not recorded: the API did not answer within 10 minutes");
                return;
            }
            new DemoPlant(api, Instant.now()).record();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be recorded completely; the next start continues it", e);
        }
    }
}
