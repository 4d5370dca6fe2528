package org.implantdhr.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The message of a successful action, carried over the redirect to the page that shows it
 * (Post/Redirect/Get): kept in the session and handed to the page's messages just before the next
 * page is rendered, once. The Faces flash, which is meant for this, lost such messages now and then
 * in the browser tests. Registered in faces-config.xml.
 */
public class KeptMessages implements PhaseListener {

    private static final String KEY = KeptMessages.class.getName();

    /**
     * Keeps an information message for the next page this session renders (after a successful
     * action).
     */
    public static void keep(String message) {
        keep(FacesContext.getCurrentInstance(), message);
    }

    @SuppressWarnings("unchecked")
    static void keep(FacesContext faces, String message) {
        var session = faces.getExternalContext().getSessionMap();
        List<String> kept = (List<String>) session.get(KEY);
        var messages = kept == null ? new ArrayList<String>() : new ArrayList<>(kept);
        messages.add(message);
        session.put(KEY, messages);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null) {
            return;
        }
        if (faces.getExternalContext().getSessionMap().remove(KEY) instanceof List<?> messages) {
            messages.forEach(
                    m ->
                            faces.addMessage(
                                    null,
                                    new FacesMessage(
                                            FacesMessage.SEVERITY_INFO, m.toString(), null)));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the messages are handed over before rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
