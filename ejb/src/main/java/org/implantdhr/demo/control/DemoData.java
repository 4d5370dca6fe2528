package org.implantdhr.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.identity.boundary.Users;

import java.util.logging.Logger;

/**
 * Demo mode only: the demo plant's people, and its production history recorded through the API. Every step
 * is skipped when its record exists, so a start completes what an earlier start may have left unfinished.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "implantdhr.demo.enabled", defaultValue = "false")
    boolean enabled;

    @EJB
    Users users;

    @EJB
    DemoFill fill;

    @PostConstruct
    void fillDatabase() {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (var user : DemoUsers.ALL) {
            if (users.find(user.username()).isEmpty()) {
                users.register(user.username(), user.fullName(), user.password().toCharArray(), user.roles());
                created++;
            }
        }
        int newUsers = created;
        LOG.info(() -> "Demo mode: " + newUsers + " demo user(s) created; recording the demo plant in the background");
        fill.fill();
    }

    @PreDestroy
    void stopFilling() {
        DemoFill.applicationStops();
    }
}
