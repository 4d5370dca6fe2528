package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.control.NumericColumn;
import org.implantdhr.build.entity.ParameterSet;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Versioned LPBF parameter sets. A version, once recorded, is never changed: a change is a new
 * version.
 */
@Stateless
@RolesAllowed("ENGINEER")
public class ParameterSets {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    public ParameterSet define(ParameterSetData data) {
        if (find(data.name(), data.version()).isPresent()) {
            throw new ConflictingRecordException(
                    "Parameter set " + data.name() + " " + data.version() + " is already recorded");
        }
        positive(data.layerThicknessUm(), "layerThickness", true);
        positive(data.laserPowerW(), "laserPower", false);
        positive(data.scanSpeedMmS(), "scanSpeed", false);
        positive(data.hatchDistanceUm(), "hatchDistance", false);
        NumericColumn.fit(data.layerThicknessUm(), 6, 1, "layerThickness");
        NumericColumn.fit(data.laserPowerW(), 7, 1, "laserPower");
        NumericColumn.fit(data.scanSpeedMmS(), 8, 1, "scanSpeed");
        NumericColumn.fit(data.hatchDistanceUm(), 6, 1, "hatchDistance");
        var set =
                new ParameterSet(
                        data.name(),
                        data.version(),
                        data.layerThicknessUm(),
                        data.laserPowerW(),
                        data.scanSpeedMmS(),
                        data.hatchDistanceUm(),
                        data.released(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(set);
        em.flush();
        audit.created(set);
        return set;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<ParameterSet> all() {
        return em.createQuery(
                        "select p from ParameterSet p order by p.name, p.setVersion",
                        ParameterSet.class)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<ParameterSet> find(String name, String version) {
        return em.createNamedQuery(ParameterSet.BY_NAME_VERSION, ParameterSet.class)
                .setParameter("name", name)
                .setParameter("setVersion", version)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public ParameterSet get(String name, String version) {
        return find(name, version)
                .orElseThrow(
                        () -> new NoSuchRecordException("Parameter set", name + " " + version));
    }

    /** For records that name a parameter set: an unknown one is a mistake in the request. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public ParameterSet referenced(String name, String version, String field) {
        return find(name, version)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field,
                                        "No parameter set '"
                                                + name
                                                + "' version '"
                                                + version
                                                + "' is recorded"));
    }

    private static void positive(BigDecimal value, String field, boolean required) {
        if (value == null ? required : value.signum() <= 0) {
            throw new InvalidRequestException(
                    field, field + " is " + (value == null ? "required" : "not positive"));
        }
    }
}
