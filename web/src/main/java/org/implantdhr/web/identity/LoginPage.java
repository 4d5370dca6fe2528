package org.implantdhr.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.implantdhr.identity.control.UserAccountIdentityStore;
import org.implantdhr.web.platform.PageErrors;

/**
 * The login form: checks the password through {@link SignIn} and goes on to the page the person
 * asked for.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject SecurityContext security;

    @Inject FacesContext faces;

    @Inject UserAccountIdentityStore identityStore;

    private String username;
    private String password;
    private String next;
    private boolean bye;
    private boolean ended;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        // told alike for known and unknown names: both are counted and locked the same way
        PageErrors.onInput(
                "login:password",
                identityStore.lockedOut(username)
                        ? "Too many failed attempts: this user name is locked. An administrator can"
                                + " unlock it; otherwise try again later."
                        : "The user name or the password is wrong, or the account is deactivated.");
        return null;
    }

    /**
     * Only a page of this application, never another site (an open redirect would help phishing),
     * and only an address a Location header can carry.
     */
    private String safeNext() {
        boolean local =
                next != null
                        && next.startsWith("/")
                        && !next.startsWith("//")
                        && !next.contains("\\")
                        // a redirect's Location header takes no control character (CR/LF: 500
                        // before)
                        && next.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)
                        && !next.startsWith("/api/")
                        && !next.startsWith(SignIn.LOGIN_PAGE);
        return local ? next : "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public boolean isBye() {
        return bye;
    }

    public void setBye(boolean bye) {
        this.bye = bye;
    }
}
