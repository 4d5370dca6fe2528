package org.implantdhr.heattreatment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.boundary.Coupons;
import org.implantdhr.heattreatment.control.FurnaceTraceReader;
import org.implantdhr.heattreatment.entity.HeatTreatmentRun;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.Performers;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Heat-treatment runs: recorded with their load list when the furnace is loaded; read by the
 * release rules.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class HeatTreatmentRuns {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject FurnaceTraceReader traces;

    @EJB Furnaces furnaces;

    @Inject Performers performers;

    @Inject NotAfterRecording notAfterRecording;

    @EJB Implants implants;

    @EJB Coupons couponsOfBuilds;

    @RolesAllowed("OPERATOR")
    public LoadedRun record(HeatTreatmentRunData data) {
        if (find(data.runNumber()).isPresent()) {
            throw new ConflictingRecordException(
                    "Heat-treatment run " + data.runNumber() + " is already recorded");
        }
        List<String> serials = distinct(data.implantSerials(), "implantSerials");
        List<String> coupons = distinct(data.couponCodes(), "couponCodes");
        var furnace = furnaces.referenced(data.furnace(), "furnace");
        var operator = performers.holding(Role.OPERATOR, data.operator(), "operator");
        notAfterRecording.check(data.doorOpenedAt(), "doorOpenedAt");
        var run =
                new HeatTreatmentRun(
                        data.runNumber(),
                        furnace,
                        data.recipe(),
                        operator.id(),
                        data.atmosphere(),
                        data.doorOpenedAt(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(run);
        em.flush();
        audit.created(run);
        for (int i = 0; i < serials.size(); i++) {
            implants.referenced(serials.get(i), "implantSerials[" + i + "]");
            implants.loadIntoHeatTreatment(serials.get(i), run.id(), null);
        }
        for (int i = 0; i < coupons.size(); i++) {
            couponsOfBuilds.referenced(coupons.get(i), "couponCodes[" + i + "]");
            couponsOfBuilds.loadIntoHeatTreatment(coupons.get(i), run.id(), null);
        }
        return loaded(run);
    }

    public Optional<HeatTreatmentRun> find(String runNumber) {
        return em.createNamedQuery(HeatTreatmentRun.BY_NUMBER, HeatTreatmentRun.class)
                .setParameter("runNumber", runNumber)
                .getResultStream()
                .findFirst();
    }

    public HeatTreatmentRun get(String runNumber) {
        return find(runNumber)
                .orElseThrow(() -> new NoSuchRecordException("Heat-treatment run", runNumber));
    }

    public LoadedRun getLoaded(String runNumber) {
        return loaded(get(runNumber));
    }

    public List<LoadedRun> all(int offset, int limit) {
        return em
                .createQuery(
                        "select r from HeatTreatmentRun r join fetch r.furnace order by r.runNumber",
                        HeatTreatmentRun.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(this::loaded)
                .toList();
    }

    /** The latest recorded runs, newest first. */
    public List<LoadedRun> recent(int limit) {
        return em
                .createQuery(
                        "select r from HeatTreatmentRun r join fetch r.furnace order by r.createdAt desc, r.id desc",
                        HeatTreatmentRun.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(this::loaded)
                .toList();
    }

    /**
     * What the release rules read about the run an implant went through
     * (Implant.heatTreatmentRunId).
     */
    public HeatTreatmentEvidence evidence(long runId) {
        HeatTreatmentRun run = em.find(HeatTreatmentRun.class, runId);
        if (run == null) {
            throw new NoSuchRecordException("Heat-treatment run", runId);
        }
        return evidence(run);
    }

    public HeatTreatmentEvidence evidence(String runNumber) {
        return evidence(get(runNumber));
    }

    private HeatTreatmentEvidence evidence(HeatTreatmentRun run) {
        var load = loaded(run);
        var furnace = run.furnace();
        return new HeatTreatmentEvidence(
                run.id(),
                run.runNumber(),
                run.recipe(),
                load.operator(),
                furnace.furnaceCode(),
                furnace.ams2750Class(),
                furnace.uniformitySurveyDue(),
                furnace.systemAccuracyDue(),
                run.atmosphere() == null ? null : run.atmosphere().name(),
                run.doorOpenedAt() == null ? null : run.doorOpenedAt().toEpochMilli(),
                load.implantSerials(),
                load.couponCodes(),
                run.chart() == null ? null : run.chart().sha256(),
                run.chart() == null ? null : traces.read(run.id(), run.atmosphereTrace()));
    }

    private LoadedRun loaded(HeatTreatmentRun run) {
        String operator =
                em.createQuery(
                                "select u.username from UserAccount u where u.id = :id",
                                String.class)
                        .setParameter("id", run.operatorId())
                        .getSingleResult();
        List<String> serials =
                em.createQuery(
                                "select i.serialNumber from Implant i where i.heatTreatmentRunId = :id order by i.serialNumber",
                                String.class)
                        .setParameter("id", run.id())
                        .getResultList();
        List<String> coupons =
                em.createQuery(
                                "select c.couponCode from Coupon c where c.heatTreatmentRunId = :id order by c.couponCode",
                                String.class)
                        .setParameter("id", run.id())
                        .getResultList();
        return new LoadedRun(run, operator, serials, coupons);
    }

    private static List<String> distinct(List<String> keys, String field) {
        if (keys == null) {
            return List.of();
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null || keys.get(i).isBlank()) {
                throw new InvalidRequestException(
                        field + "[" + i + "]", "An entry of the load list is empty");
            }
            if (!seen.add(keys.get(i))) {
                throw new InvalidRequestException(
                        field + "[" + i + "]", "'" + keys.get(i) + "' is listed twice");
            }
        }
        return List.copyOf(keys);
    }
}
