package org.implantdhr.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.implantdhr.audit.boundary.AuditCheckpoints;
import org.implantdhr.audit.entity.AuditCheckpoint;
import org.implantdhr.web.platform.PageErrors;

/**
 * The signed checkpoints on the audit trail page: the newest ones to download, one signed now on
 * request (QA manager, regulator), and a downloaded checkpoint file pasted back to be checked.
 */
@Named
@RequestScoped
public class AuditCheckpointsPage {

    @EJB AuditCheckpoints checkpoints;

    private String checkpointFile;
    private AuditCheckpoints.CheckpointVerification verification;
    private AuditCheckpoint signed;
    private List<AuditCheckpoint> newest;

    public List<AuditCheckpoint> getNewest() {
        if (newest == null) {
            try {
                newest = checkpoints.newest(5);
            } catch (RuntimeException e) {
                newest = List.of();
            }
        }
        return newest;
    }

    public boolean isMaySign() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("QA_MANAGER") || external.isUserInRole("REGULATOR");
    }

    public void sign() {
        try {
            signed = checkpoints.sign();
            newest = null;
        } catch (RuntimeException e) {
            PageErrors.atTop("No checkpoint could be signed now; the server log says why.");
        }
    }

    public void check() {
        if (checkpointFile == null || checkpointFile.isBlank()) {
            PageErrors.atTop("Paste the checkpoint file you downloaded.");
            return;
        }
        try (var json = JsonbBuilder.create()) {
            var file =
                    json.fromJson(
                            checkpointFile.strip(), AuditCheckpointsResource.CheckpointFile.class);
            verification = AuditCheckpointsResource.verify(checkpoints, file);
        } catch (JsonbException e) {
            PageErrors.atTop("This is not a checkpoint file: paste the whole file as downloaded.");
        } catch (RuntimeException e) {
            PageErrors.atTop("This checkpoint file cannot be checked: " + reason(e));
        } catch (Exception e) {
            PageErrors.atTop("This checkpoint file cannot be checked.");
        }
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof org.implantdhr.platform.control.InvalidRequestException
                ? cause.getMessage()
                : "it is not a checkpoint of this installation.";
    }

    public String getCheckpointFile() {
        return checkpointFile;
    }

    public void setCheckpointFile(String checkpointFile) {
        this.checkpointFile = checkpointFile;
    }

    public AuditCheckpoints.CheckpointVerification getVerification() {
        return verification;
    }

    public AuditCheckpoint getSigned() {
        return signed;
    }
}
