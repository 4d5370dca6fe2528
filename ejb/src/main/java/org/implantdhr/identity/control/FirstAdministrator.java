package org.implantdhr.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * A new production installation has no users and no default credentials: the first administrator
 * "admin" is created from the password in the environment (IMPLANTDHR_ADMIN_PASSWORD), once — when
 * no account of that name exists (a deactivated one still counts, so it is never silently revived).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB Users users;

    @Inject
    @ConfigProperty(name = "implantdhr.admin.password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoUserExists() {
        if (password.isEmpty() || users.find("admin").isPresent()) {
            return;
        }
        try {
            users.register(
                    "admin", "Administrator", password.get().toCharArray(), Set.of(Role.ADMIN));
            LOG.info("Created the first administrator 'admin' from the configured password");
        } catch (InvalidRequestException weak) {
            // the rule's text names the rule, never the password
            LOG.severe(
                    "The first administrator was NOT created: the configured password breaks the"
                            + " password rules ("
                            + weak.getMessage()
                            + "). Set IMPLANTDHR_ADMIN_PASSWORD to another one and restart.");
        }
    }
}
