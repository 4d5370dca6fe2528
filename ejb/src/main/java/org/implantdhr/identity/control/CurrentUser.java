package org.implantdhr.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.NoSuchRecordException;

import java.security.Principal;

/**
 * Who is doing what the current request does: the authenticated caller, or "system" for work the server
 * starts itself. The demo-data generator records each step as the demo person who would have done it.
 */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    private String actingAs;

    public String username() {
        if (actingAs != null) {
            return actingAs;
        }
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? SYSTEM : name;
    }

    public UserAccount account() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecordException("User", username()));
    }

    /** Only for work the server does on a person's behalf (demo data): later calls are recorded as that person. */
    public void actAs(String username) {
        this.actingAs = username;
    }
}
