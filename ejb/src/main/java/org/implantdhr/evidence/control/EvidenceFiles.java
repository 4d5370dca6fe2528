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
 * import of a file fails, the file is not kept either.
 */
@Dependent
public class EvidenceFiles {

    @PersistenceContext EntityManager em;

    @Inject CurrentUser currentUser;

    @Inject AuditTrail audit;

    public EvidenceFile store(
            EvidenceKind kind, String fileName, String mediaType, byte[] content) {
        var file =
                new EvidenceFile(
                        kind,
                        safeName(fileName, kind),
                        mediaType == null ? "application/octet-stream" : mediaType,
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
