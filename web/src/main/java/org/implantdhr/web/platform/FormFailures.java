package org.implantdhr.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a form of the recording pages does when a business component refuses its input: the refusal becomes a
 * message next to the field it names, a refused file's problems become the lines of its parser messages, and
 * anything else a message at the top of the page — never a stack trace. The components roll back on every refusal,
 * so nothing of the attempt is stored.
 */
public final class FormFailures {

    private static final Logger LOG = Logger.getLogger(FormFailures.class.getName());

    private final FacesContext faces;
    private final Map<String, String> fieldsToClientIds;
    private List<String> parserMessages = List.of();

    /** @param fieldsToClientIds the component's field name (as InvalidRequestException names it) to the input's client id */
    public FormFailures(FacesContext faces, Map<String, String> fieldsToClientIds) {
        this.faces = faces;
        this.fieldsToClientIds = fieldsToClientIds;
    }

    /**
     * Runs the recording; on success the outcome it returns, with the success message kept for the page it
     * redirects to (shown there by {@link WorkNotice}); on refusal null (the same page again, with the messages).
     */
    public String attempt(Supplier<String> recording, String successMessage) {
        try {
            String outcome = recording.get();
            WorkNotice.keep(faces, successMessage);
            return outcome;
        } catch (RuntimeException e) {
            refused(e);
            return null;
        }
    }

    /** The lines of the parser's messages of the last refused file, "where: what" each. */
    public List<String> parserMessages() {
        return parserMessages;
    }

    /** A message next to one field (by the component's field name). */
    public void onField(String field, String message) {
        faces.addMessage(clientIdOf(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** True when a file was chosen; otherwise says so next to the file field. */
    public boolean fileChosen(Part file, String field) {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            onField(field, "Choose a file to upload.");
            return false;
        }
        if (file.getSize() == 0) {
            onField(field, "The file " + file.getSubmittedFileName() + " is empty.");
            return false;
        }
        return true;
    }

    public static byte[] bytesOf(Part file, Uploads uploads) {
        try {
            return uploads.read(file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the browser gave the file, without any folder some browsers send along. */
    public static String fileNameOf(Part file) {
        String name = file.getSubmittedFileName();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private void refused(RuntimeException thrown) {
        Throwable e = unwrap(thrown);
        faces.validationFailed();
        if (e instanceof InvalidEvidenceException invalid) {
            parserMessages = invalid.problems().stream().map(p -> p.location() + ": " + p.message()).toList();
            global(invalid.title() + " — " + invalid.problems().size() + " problem(s) found; nothing was stored.");
        } else if (e instanceof InvalidRequestException invalid) {
            String clientId = clientIdOf(invalid.field());
            if (clientId == null) {
                global(invalid.getMessage());
            } else {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, invalid.getMessage(), null));
            }
        } else if (e instanceof ConflictingRecordException || e instanceof NoSuchRecordException) {
            global(e.getMessage());
        } else if (e instanceof OptimisticLockException) {
            global("Someone else changed this record at the same time; reload it and try again.");
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            global("Your role does not allow this.");
        } else if (e instanceof UploadTooLargeException tooLarge) {
            global(tooLarge.getMessage());
        } else {
            LOG.log(Level.SEVERE, "Recording failed", thrown);
            global("The server could not record this; nothing was stored. Try again or tell the administrator.");
        }
    }

    /** "implants[0]" and "coupons[3].purpose" belong to the inputs "implants" and "coupons". */
    private String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        String direct = fieldsToClientIds.get(field);
        if (direct != null) {
            return direct;
        }
        int cut = field.length();
        for (char c : new char[]{'[', '.'}) {
            int at = field.indexOf(c);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return fieldsToClientIds.get(field.substring(0, cut));
    }

    private void global(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e.getClass().getName().startsWith("jakarta.transaction")
                || e instanceof jakarta.persistence.PersistenceException && !(e instanceof OptimisticLockException))
                && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }
}
