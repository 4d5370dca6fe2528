package org.implantdhr.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * Who is doing what the current request does: the authenticated caller, or "system" for work the
 * server starts itself. (The demo-data generator records each step as its demo person by calling
 * the API with that person's own credentials, so it needs nothing here.)
 */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject Principal principal;

    @PersistenceContext EntityManager em;

    public String username() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? SYSTEM : name;
    }

    public UserAccount account() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoSuchRecordException("User", username()));
    }
}
