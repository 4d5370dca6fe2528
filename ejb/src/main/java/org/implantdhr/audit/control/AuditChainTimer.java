package org.implantdhr.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backstop of the chaining: entries whose chaining right after their commit did not happen (the
 * head busy past the lock timeout, a server stopped between commit and chaining) are chained at the
 * next tick, on whichever server gets there first. Interval: {@code
 * implantdhr.audit.chaining-interval} (ISO-8601 duration, default 5 s).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainTimer {

    private static final Logger LOG = Logger.getLogger(AuditChainTimer.class.getName());

    @Resource TimerService timers;

    @EJB AuditChaining chaining;

    @Inject
    @ConfigProperty(name = "implantdhr.audit.chaining-interval", defaultValue = "PT5S")
    Duration interval;

    @PostConstruct
    void schedule() {
        long millis = Math.max(100, interval.toMillis());
        timers.createIntervalTimer(millis, millis, new TimerConfig("audit chaining", false));
    }

    @Timeout
    void chainWhatIsCommitted() {
        chainAll(chaining);
    }

    /** Chains batch after batch until none is left; a failure is left to the next tick. */
    static void chainAll(AuditChaining chaining) {
        try {
            while (chaining.chainCommitted() == AuditChaining.BATCH) {
                // more may wait
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Audit chaining left to the next tick", e);
        }
    }
}
