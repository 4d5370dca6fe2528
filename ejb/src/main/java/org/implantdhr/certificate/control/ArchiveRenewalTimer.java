package org.implantdhr.certificate.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.certificate.boundary.ArchiveTimestamps;

/**
 * Renews archive timestamps at intervals ({@code implantdhr.archive.renewal-interval}, ISO-8601,
 * default a day; PT0S switches it off): every archived certificate whose last document timestamp's
 * certificate expires within {@code implantdhr.archive.renewal-margin} (default 30 days) gets a new
 * one. Only with a timestamp authority configured; several servers may run it at once (a version is
 * renewed once: the database refuses a second).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ArchiveRenewalTimer {

    private static final Logger LOG = Logger.getLogger(ArchiveRenewalTimer.class.getName());

    @Resource TimerService timers;

    @EJB ArchiveTimestamps archive;

    @Inject CertificateKeys keys;

    @Inject
    @ConfigProperty(name = "implantdhr.archive.renewal-interval", defaultValue = "P1D")
    Duration interval;

    @Inject
    @ConfigProperty(name = "implantdhr.archive.renewal-margin", defaultValue = "P30D")
    Duration margin;

    @PostConstruct
    void schedule() {
        if (!interval.isZero() && !interval.isNegative()) {
            long millis = Math.max(1000, interval.toMillis());
            timers.createIntervalTimer(millis, millis, new TimerConfig("archive renewal", false));
        }
    }

    @Timeout
    void renewWhatIsDue() {
        try {
            if (!keys.signer().renews()) {
                return;
            }
            for (long version : archive.dueBefore(Instant.now().plus(margin))) {
                try {
                    archive.renew(version);
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Archive timestamp of certificate version "
                                    + version
                                    + " not renewed this time: "
                                    + e.getMessage(),
                            e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No archive renewal this time: " + e.getMessage(), e);
        }
    }
}
