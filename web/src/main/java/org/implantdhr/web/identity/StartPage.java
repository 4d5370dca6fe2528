package org.implantdhr.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * Where a signed-in person starts: the page of their role's daily work. The landing page ({@code
 * /}, {@code /index.xhtml}) sends them there; someone with several roles starts at the first in
 * this order.
 */
@Named
@RequestScoped
public class StartPage {

    /**
     * The start page of a person whose roles the predicate answers; null for a person without any
     * role.
     */
    public static String of(Predicate<String> inRole) {
        if (inRole.test("QA") || inRole.test("QA_MANAGER")) {
            return "/qa/queue.xhtml";
        }
        if (inRole.test("OPERATOR") || inRole.test("ENGINEER")) {
            return "/work/index.xhtml";
        }
        if (inRole.test("SURGEON")) {
            return "/surgeon/cases.xhtml";
        }
        if (inRole.test("STUDY_STAFF")) {
            return "/followup/worklist.xhtml";
        }
        if (inRole.test("REGULATOR")) {
            return "/record/implants.xhtml";
        }
        if (inRole.test("ADMIN")) {
            return "/admin/users.xhtml";
        }
        return null;
    }

    public static String of(HttpServletRequest request) {
        return of(request::isUserInRole);
    }

    /**
     * The view action of /index.xhtml: on to the start page; a person without a role stays and is
     * told.
     */
    public void go() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String start = of(external::isUserInRole);
        if (start == null) {
            return;
        }
        try {
            external.redirect(external.getRequestContextPath() + start);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
