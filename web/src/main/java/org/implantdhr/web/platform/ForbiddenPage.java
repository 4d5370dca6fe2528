package org.implantdhr.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page shown for 403: rendering a Faces page would answer 200, but a refusal must stay a
 * refusal.
 */
@Named
@RequestScoped
public class ForbiddenPage {

    @Inject FacesContext faces;

    public void keepStatus() {
        faces.getExternalContext().setResponseStatus(403);
    }
}
