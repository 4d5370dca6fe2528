package org.implantdhr.fhir.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.certificate.control.ManufacturerInformation;
import org.implantdhr.certificate.control.ManufacturerNotConfiguredException;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.fhir.control.ImplantBundle;
import org.implantdhr.fhir.control.ImplantRecord;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The FHIR R4 hand-off of an implanted device to hospital systems. Who may read which patient is
 * decided where it is for every other read of a patient: the implantation and follow-up boundaries
 * ({@code PatientAccess}); an implant the caller may not see is answered as one that does not
 * exist.
 */
@Stateless
@RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
public class FhirRecords {

    @PersistenceContext EntityManager em;

    @EJB Implantations implantations;

    @EJB FollowUps followUps;

    @Inject ManufacturerInformation manufacturerInformation;

    /** The implant's Bundle as FHIR JSON ({@link ImplantBundle#MEDIA_TYPE}). */
    public String implantBundle(String serial) {
        Implantation implantation = implantations.get(serial);
        String s = implantation.serialNumber();
        Implant implant =
                em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                        .setParameter("serial", s)
                        .getSingleResult();
        UserAccount surgeon = em.find(UserAccount.class, implantation.surgeonId());
        var record =
                new ImplantRecord(
                        implant,
                        em.find(ImplantCase.class, implant.caseId()),
                        implantation,
                        em.find(ComponentLot.class, implantation.plateLotId()),
                        new ImplantRecord.Surgeon(surgeon.username(), surgeon.fullName()),
                        manufacturer(),
                        followUps.visits(s),
                        followUps.events(s),
                        implantations.explantationOf(implantation));
        return ImplantBundle.json(ImplantBundle.of(record, RecordingClock.now()));
    }

    /** The manufacturer's name; a server without one configured hands on the device without it. */
    private String manufacturer() {
        try {
            return manufacturerInformation.manufacturer().name();
        } catch (ManufacturerNotConfiguredException notConfigured) {
            return null;
        }
    }
}
