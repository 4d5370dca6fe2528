package org.implantdhr.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.SignInGuard;

/**
 * The alert on the administrators' and QA managers' start pages (21 CFR 11.300(d): attempts at
 * unauthorized use reported "in an immediate and urgent manner"): user names locked out now and
 * failed sign-ins of the last 24 hours, each with where it came from. The audit trail has every
 * single attempt.
 */
@Named
@RequestScoped
public class SignInAlertsPanel {

    @EJB Users users;

    private List<SignInGuard> alerts;

    public boolean isShown() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ADMIN") || external.isUserInRole("QA_MANAGER");
    }

    public List<SignInGuard> getAlerts() {
        if (alerts == null) {
            alerts = isShown() ? users.signInAlerts() : List.of();
        }
        return alerts;
    }

    public boolean locked(SignInGuard guard) {
        return guard.lockedAt(Instant.now());
    }
}
