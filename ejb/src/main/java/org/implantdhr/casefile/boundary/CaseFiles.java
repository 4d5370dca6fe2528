package org.implantdhr.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * The case file of an implant by the ids the implant record holds: what the release rules read, and
 * how other components show the case number and design version. Callers scope access (a surgeon's
 * implants) themselves.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class CaseFiles {

    @PersistenceContext EntityManager em;

    public CaseFile of(long caseId, Long designId) {
        ImplantCase implantCase = em.find(ImplantCase.class, caseId);
        if (implantCase == null) {
            throw new NoSuchRecordException("Case", caseId);
        }
        var imaging =
                em.createNamedQuery(ImagingStudy.OF_CASE, ImagingStudy.class)
                        .setParameter("implantCase", implantCase)
                        .getResultList();
        Design design = designId == null ? null : em.find(Design.class, designId);
        if (design != null) {
            design.approvals().forEach(a -> a.signature().signer().username());
        }
        return new CaseFile(implantCase, imaging, design);
    }
}
