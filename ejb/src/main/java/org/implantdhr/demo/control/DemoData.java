package org.implantdhr.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.identity.boundary.Users;

import java.util.logging.Logger;

/** In demo mode, an empty database is filled with the demo plant: its people and a realistic production history. */
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

    @PostConstruct
    void fillEmptyDatabase() {
        if (!enabled || users.anyExists()) {
            return;
        }
        DemoUsers.ALL.forEach(u -> users.register(u.username(), u.fullName(), u.password().toCharArray(), u.roles()));
        LOG.info(() -> "Demo mode: created " + DemoUsers.ALL.size() + " demo users");
    }
}
