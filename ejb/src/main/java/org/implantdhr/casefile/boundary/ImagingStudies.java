package org.implantdhr.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;

/** The CT studies of a case, recorded by the engineer who segments them. */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class ImagingStudies {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @EJB Cases cases;

    @RolesAllowed("ENGINEER")
    public ImagingStudy record(String caseNumber, ImagingData data) {
        ImplantCase implantCase = cases.get(caseNumber);
        if (data.scanDate() != null
                && data.scanDate().isAfter(RecordingClock.today().plusDays(1))) {
            throw new InvalidRequestException(
                    "scanDate", "The scan date " + data.scanDate() + " is in the future");
        }
        if (ofCase(implantCase).stream().anyMatch(s -> s.studyUid().equals(data.studyUid()))) {
            throw new ConflictingRecordException(
                    "Study " + data.studyUid() + " is already recorded for case " + caseNumber);
        }
        var study =
                new ImagingStudy(
                        implantCase,
                        data.studyUid(),
                        data.modality(),
                        data.scanDate(),
                        data.sliceThicknessMm(),
                        data.sliceIncrementMm(),
                        data.scannerModel(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(study);
        em.flush();
        audit.created(study);
        return study;
    }

    public List<ImagingStudy> ofCase(String caseNumber) {
        return ofCase(cases.get(caseNumber));
    }

    List<ImagingStudy> ofCase(ImplantCase implantCase) {
        return em.createNamedQuery(ImagingStudy.OF_CASE, ImagingStudy.class)
                .setParameter("implantCase", implantCase)
                .getResultList();
    }
}
