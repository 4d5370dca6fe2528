package org.implantdhr.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * The one way a page shows what went wrong: a refusal of a business component becomes a message
 * next to the input of the field it names (when the page has one), otherwise at the top of the
 * page; a refused file's problems become the lines of its parser messages. The cases are those of
 * the API's problem+json ({@link ProblemMapper}). A fault of the server shows a plain sentence and
 * goes to the log: a page never shows a stack trace, an exception's class or a component's client
 * id. Every message marks the request as failed, so Faces renders the same page again.
 *
 * <p>The business components roll back on every refusal, so the messages can say that nothing was
 * stored.
 */
public final class PageErrors {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    private final Function<String, String> clientIdOfField;
    private List<String> parserMessages = List.of();

    private PageErrors(Function<String, String> clientIdOfField) {
        this.clientIdOfField = clientIdOfField;
    }

    /**
     * For a form whose inputs are named after the fields the business component names in its
     * refusals. "implants[0]" and "coupons[3].purpose" go to the inputs of "implants" and "coupons"
     * when the map has no entry for them.
     *
     * @param fieldsToClientIds the component's field name to the client id of the page's input
     */
    public static PageErrors of(Map<String, String> fieldsToClientIds) {
        return new PageErrors(field -> clientIdIn(fieldsToClientIds, field));
    }

    /**
     * For a form that finds the input of a field itself (rows of a table, for instance); null when
     * it has none.
     */
    public static PageErrors of(Function<String, String> clientIdOfField) {
        return new PageErrors(clientIdOfField);
    }

    /** For a page without inputs of its own: every message at the top. */
    public static PageErrors atTopOnly() {
        return new PageErrors(field -> null);
    }

    /** A message at the top of the page. */
    public static void atTop(String message) {
        add(null, message);
    }

    /**
     * Runs an action; on success the outcome it returns, its success message kept for the page it
     * redirects to (shown there by {@link WorkNotice}); on refusal null, the same page again with
     * the messages.
     */
    public String attempt(Supplier<String> action, String successMessage) {
        try {
            String outcome = action.get();
            WorkNotice.keep(FacesContext.getCurrentInstance(), successMessage);
            return outcome;
        } catch (RuntimeException e) {
            show(e);
            return null;
        }
    }

    /** Shows why a business component refused (or failed) an action. */
    public void show(RuntimeException thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof InvalidEvidenceException invalid) {
            parserMessages =
                    invalid.problems().stream()
                            .map(p -> p.location() + ": " + p.message())
                            .toList();
            atTop(
                    invalid.title()
                            + " — "
                            + invalid.problems().size()
                            + " problem(s) found; nothing was stored.");
        } else if (e instanceof InvalidRequestException invalid) {
            add(
                    invalid.field() == null ? null : clientIdOfField.apply(invalid.field()),
                    invalid.getMessage());
        } else if (e instanceof ConflictingRecordException
                || e instanceof NoSuchRecordException
                || e instanceof UploadTooLargeException) {
            atTop(e.getMessage());
        } else if (BusyDatabase.causedBy(thrown)) {
            LOG.log(Level.WARNING, "Page action refused: the database was busy", thrown);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(503);
            external.setResponseHeader(
                    "Retry-After", Integer.toString(BusyDatabase.RETRY_AFTER_SECONDS));
            atTop("The server is busy with other work; nothing was saved. Try again in a moment.");
        } else if (e instanceof OptimisticLockException) {
            atTop(
                    "Someone else changed this record at the same time; nothing was saved. Reload the page and try again.");
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            // the four-eyes refusal says why; the container's own refusal of a role does not read
            // well
            atTop(
                    e.getMessage() != null && e.getMessage().startsWith("Four eyes")
                            ? e.getMessage()
                            : "Your role does not allow this.");
        } else {
            LOG.log(Level.SEVERE, "Page action failed", thrown);
            atTop(
                    "The server could not complete this; nothing was saved. Try again or tell the administrator.");
        }
    }

    /** A message next to a page's input, by its client id (for checks the page makes itself). */
    public static void onInput(String clientId, String message) {
        add(clientId, message);
    }

    /**
     * A message next to the input of a field (by the business component's name of it), or at the
     * top without one.
     */
    public void onField(String field, String message) {
        add(clientIdOfField.apply(field), message);
    }

    /** True when a file was chosen; otherwise says so next to the file field. */
    public boolean fileChosen(Part file, String field) {
        if (file == null
                || file.getSize() == 0
                        && (file.getSubmittedFileName() == null
                                || file.getSubmittedFileName().isBlank())) {
            onField(field, "Choose a file to upload.");
            return false;
        }
        if (file.getSize() == 0) {
            onField(field, "The file " + file.getSubmittedFileName() + " is empty.");
            return false;
        }
        return true;
    }

    /** The lines of the parser's messages of the last refused file, "where: what" each. */
    public List<String> parserMessages() {
        return parserMessages;
    }

    private static void add(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    static String clientIdIn(Map<String, String> fieldsToClientIds, String field) {
        if (field == null) {
            return null;
        }
        String direct = fieldsToClientIds.get(field);
        if (direct != null) {
            return direct;
        }
        int cut = field.length();
        for (char c : new char[] {'[', '.'}) {
            int at = field.indexOf(c);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return fieldsToClientIds.get(field.substring(0, cut));
    }

    /**
     * Business exceptions arrive as they are or wrapped by the container or the transaction; the
     * cause tells.
     */
    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e.getCause() != null
                && e.getCause() != e
                && !(e instanceof OptimisticLockException
                        || e instanceof PessimisticLockException
                        || e instanceof EJBAccessException)
                && (e instanceof EJBException
                        || e.getClass().getName().startsWith("jakarta.transaction")
                        || e instanceof jakarta.persistence.PersistenceException)) {
            e = e.getCause();
        }
        return e;
    }
}
