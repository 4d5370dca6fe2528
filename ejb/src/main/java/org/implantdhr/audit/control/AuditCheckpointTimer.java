package org.implantdhr.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.audit.entity.AuditChainHead;

/**
 * Signs a checkpoint of the audit chain at intervals ({@code implantdhr.audit.checkpoint-interval},
 * ISO-8601, default 1 h; PT0S switches it off) whenever the chain grew since the last one, as the
 * installation ("system"). Several servers may each sign one at about the same time: harmless.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AuditCheckpointTimer {

    static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(AuditCheckpointTimer.class.getName());

    @Resource TimerService timers;

    @PersistenceContext EntityManager em;

    @Inject CheckpointSigning signing;

    @Inject
    @ConfigProperty(name = "implantdhr.audit.checkpoint-interval", defaultValue = "PT1H")
    Duration interval;

    @PostConstruct
    void schedule() {
        if (!interval.isZero() && !interval.isNegative()) {
            long millis = Math.max(1000, interval.toMillis());
            timers.createIntervalTimer(millis, millis, new TimerConfig("audit checkpoint", false));
        }
    }

    @Timeout
    void signIfTheChainGrew() {
        try {
            long head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE).lastSeq();
            if (head > signing.lastCheckpointSeq()) {
                signing.signHead(SYSTEM);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No audit checkpoint signed this time: " + e.getMessage(), e);
        }
    }
}
