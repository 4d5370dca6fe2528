package org.implantdhr.evidence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.control.NoSuchRecordException;

/** Downloading an uploaded file exactly as it was received. */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
public class EvidenceArchive {

    @PersistenceContext EntityManager em;

    public EvidenceFile get(long id) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null) {
            throw new NoSuchRecordException("File", id);
        }
        return file;
    }
}
