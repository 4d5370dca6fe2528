package org.implantdhr.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What was just recorded, told on the page the form redirects to. Kept in the session for exactly
 * one page: the Faces flash lost this message now and then when a page redirected to itself several
 * times in a row.
 */
@Named
@RequestScoped
public class WorkNotice {

    private static final String KEY = WorkNotice.class.getName();

    @Inject FacesContext faces;

    private String message;
    private boolean taken;

    static void keep(FacesContext faces, String message) {
        faces.getExternalContext().getSessionMap().put(KEY, message);
    }

    /** The notice, once: the page that shows it takes it. */
    public String getMessage() {
        if (!taken) {
            taken = true;
            Object kept = faces.getExternalContext().getSessionMap().remove(KEY);
            message = kept == null ? null : kept.toString();
        }
        return message;
    }
}
