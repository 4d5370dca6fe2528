package org.implantdhr.evidence.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Keeps uploaded files byte for byte, in the transaction of the record they belong to: when the
 * import of a file fails, the file is not kept either. A file is kept with the media type of its
 * kind, whatever the uploader declared; a file that is not what its kind must be is refused (see
 * UploadedFileCheck).
 */
@Dependent
public class EvidenceFiles {

    @PersistenceContext EntityManager em;

    @Inject CurrentUser currentUser;

    @Inject AuditTrail audit;

    public EvidenceFile store(EvidenceKind kind, String fileName, byte[] content) {
        UploadedFileCheck.checkName(fileName);
        UploadedFileCheck.checkContent(kind, content);
        var file =
                new EvidenceFile(
                        kind,
                        safeName(fileName, kind),
                        kind.mediaType(),
                        content,
                        Sha256.hex(content),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(file);
        em.flush();
        audit.created(file);
        return file;
    }

    private static String safeName(String fileName, EvidenceKind kind) {
        if (fileName == null || fileName.isBlank()) {
            return kind.name().toLowerCase();
        }
        String name = fileName.replaceAll("[\\\\/]", "_").strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
