package org.implantdhr.heattreatment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.heattreatment.entity.Furnace;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/** The furnaces of the heat-treatment shop, as process engineering qualifies them (AMS 2750). */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class Furnaces {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @RolesAllowed("ENGINEER")
    public Furnace qualify(
            String furnaceCode,
            int ams2750Class,
            LocalDate uniformitySurveyDue,
            LocalDate systemAccuracyDue) {
        if (ams2750Class < 1 || ams2750Class > 6) {
            throw new InvalidRequestException(
                    "ams2750Class", "The AMS 2750 furnace class is 1 to 6");
        }
        if (find(furnaceCode).isPresent()) {
            throw new ConflictingRecordException("Furnace " + furnaceCode + " is already recorded");
        }
        var furnace =
                new Furnace(
                        furnaceCode,
                        ams2750Class,
                        uniformitySurveyDue,
                        systemAccuracyDue,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(furnace);
        em.flush();
        audit.created(furnace);
        return furnace;
    }

    public List<Furnace> all() {
        return em.createQuery("select f from Furnace f order by f.furnaceCode", Furnace.class)
                .getResultList();
    }

    public Optional<Furnace> find(String furnaceCode) {
        return em.createNamedQuery(Furnace.BY_CODE, Furnace.class)
                .setParameter("code", furnaceCode)
                .getResultStream()
                .findFirst();
    }

    public Furnace get(String furnaceCode) {
        return find(furnaceCode)
                .orElseThrow(() -> new NoSuchRecordException("Furnace", furnaceCode));
    }

    public Furnace referenced(String furnaceCode, String field) {
        return find(furnaceCode)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No furnace '" + furnaceCode + "' is recorded"));
    }
}
