package org.implantdhr.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        double used = (double) (rt.totalMemory() - rt.freeMemory()) / rt.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < MAX_HEAP_USE)
                .withData("usedPercent", Math.round(used * 100))
                .build();
    }
}
