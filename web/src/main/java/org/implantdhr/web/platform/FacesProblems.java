package org.implantdhr.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a page shows when a business component refuses an action: the message next to the input it concerns when
 * the refusal names a field the page has, otherwise at the top of the page. The same cases as the API's
 * problem+json (see {@link ProblemMapper}); never a stack trace.
 */
public final class FacesProblems {

    private static final Logger LOG = Logger.getLogger(FacesProblems.class.getName());

    private FacesProblems() {
    }

    /** Shows the refusal; {@code fields} maps a field the boundary names to the client id of the page's input. */
    public static void show(RuntimeException thrown, Map<String, String> fields) {
        show(thrown, fields::get);
    }

    /** Shows the refusal; {@code clientIdOf} answers the client id of the input for a field, or null. */
    public static void show(RuntimeException thrown, Function<String, String> clientIdOf) {
        Throwable e = unwrap(thrown);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidRequestException invalid) {
            String clientId = invalid.field() == null ? null : clientIdOf.apply(invalid.field());
            faces.addMessage(clientId, error(invalid.getMessage()));
        } else if (e instanceof ConflictingRecordException || e instanceof NoSuchRecordException) {
            faces.addMessage(null, error(e.getMessage()));
        } else if (e instanceof OptimisticLockException || e instanceof PessimisticLockException) {
            faces.addMessage(null, error("Someone else changed this record at the same time; nothing was saved. "
                    + "Reload the page and try again."));
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            // the four-eyes refusal says why; the container's own refusal of a role does not read well
            String message = e.getMessage() != null && e.getMessage().startsWith("Four eyes")
                    ? e.getMessage() : "Your role does not allow this.";
            faces.addMessage(null, error(message));
        } else {
            LOG.log(Level.SEVERE, "Page action failed", thrown);
            faces.addMessage(null, error("The server could not complete the action; nothing was saved."));
        }
        faces.validationFailed();
    }

    public static void error(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, error(message));
        faces.validationFailed();
    }

    /** A message that survives the redirect after a successful action. */
    public static void done(String message) {
        KeptMessages.keep(FacesContext.getCurrentInstance(), message);
    }

    private static FacesMessage error(String message) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
    }

    /** Business exceptions arrive as they are or wrapped by the container or the transaction; the cause tells. */
    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e.getCause() != null && e.getCause() != e
                && !(e instanceof InvalidRequestException || e instanceof ConflictingRecordException
                || e instanceof NoSuchRecordException || e instanceof OptimisticLockException
                || e instanceof PessimisticLockException || e instanceof EJBAccessException)
                && (e instanceof EJBException || e.getClass().getName().startsWith("jakarta.transaction")
                || e instanceof jakarta.persistence.PersistenceException)) {
            e = e.getCause();
        }
        return e;
    }
}
