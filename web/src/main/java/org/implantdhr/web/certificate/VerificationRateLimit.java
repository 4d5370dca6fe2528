package org.implantdhr.web.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limit of the public verification per client address, against enumeration of serial numbers:
 * requests per minute from Liberty's variable (bootstrap property {@code verify.rate.per.minute},
 * see runtime.xml; 0 switches it off), counted per IPv4 address and per IPv6 /64 ({@link
 * ClientNetwork}). The address is the connection's own: an X-Forwarded-For header is whatever the
 * client wants it to be.
 */
@ApplicationScoped
public class VerificationRateLimit {

    /** Distinct addresses tracked per minute; ~100 bytes each. */
    private static final int MAX_CLIENTS = 50_000;

    @Inject
    @ConfigProperty(name = "implantdhr.verify.rate-per-minute", defaultValue = "120")
    int perMinute;

    private ClientRateLimiter limiter;

    @PostConstruct
    void start() {
        limiter =
                new ClientRateLimiter(
                        perMinute, TimeUnit.MINUTES.toNanos(1), MAX_CLIENTS, System::nanoTime);
    }

    /** 0 when admitted, else the seconds to put in Retry-After. */
    public long admit(String clientAddress) {
        return limiter.admit(ClientNetwork.of(clientAddress));
    }

    public int perMinute() {
        return perMinute;
    }
}
