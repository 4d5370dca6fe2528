package org.implantdhr.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.control.PasswordPolicy;
import org.implantdhr.web.platform.PageErrors;

/**
 * A person changes their own password, with the current one — reached from the header of every
 * page, and the only page a person sees after an administrator reset their password (or it expired)
 * until they have chosen a new one.
 */
@Named
@RequestScoped
public class PasswordPage {

    private static final Map<String, String> FIELDS =
            Map.of(
                    "currentPassword", "password:current",
                    "newPassword", "password:new");

    @EJB Users users;

    @Inject SignIn signIn;

    @Inject FacesContext faces;

    private String current;
    private String next;
    private String repeated;
    private boolean due;

    public String change() {
        var failures = PageErrors.of(FIELDS);
        if (next != null && !next.equals(repeated)) {
            PageErrors.onInput("password:repeated", "The two new passwords differ.");
            return null;
        }
        char[] old = current == null ? new char[0] : current.toCharArray();
        char[] chosen = next == null ? new char[0] : next.toCharArray();
        return failures.attempt(
                () -> {
                    users.changeOwnPassword(old, chosen);
                    signIn.keepSession(
                            (HttpServletRequest) faces.getExternalContext().getRequest());
                    return "/index?faces-redirect=true";
                },
                "Your password is changed.");
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    /** Never read back into the page. */
    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isDue() {
        return due;
    }

    public void setDue(boolean due) {
        this.due = due;
    }
}
