package org.implantdhr.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Log out: the session and everything it remembered are gone; back to the login page. */
@Named
@RequestScoped
public class SignOut {

    @Inject FacesContext faces;

    public String logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignIn.LOGIN_PAGE + "?bye=true");
        faces.responseComplete();
        return null;
    }
}
