package org.implantdhr.finishing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.finishing.control.PeopleAndImplants;
import org.implantdhr.finishing.entity.CleaningRun;
import org.implantdhr.finishing.entity.CleanlinessResult;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.Performers;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/** Runs of the validated cleaning process and the cleanliness found on each implant (CLN-*). */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class CleaningRuns {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject PeopleAndImplants names;

    @Inject Performers performers;

    @Inject NotAfterRecording notAfterRecording;

    @EJB Implants implants;

    @RolesAllowed("OPERATOR")
    public RecordedCleaning record(CleaningRunData data) {
        if (find(data.runNumber()).isPresent()) {
            throw new ConflictingRecordException(
                    "Cleaning run " + data.runNumber() + " is already recorded");
        }
        if (data.implantSerials() == null || data.implantSerials().isEmpty()) {
            throw new InvalidRequestException(
                    "implantSerials", "A cleaning run cleans at least one implant");
        }
        var implantIds = new LinkedHashSet<Long>();
        for (int i = 0; i < data.implantSerials().size(); i++) {
            String field = "implantSerials[" + i + "]";
            if (!implantIds.add(implants.referenced(data.implantSerials().get(i), field).id())) {
                throw new InvalidRequestException(
                        field, "'" + data.implantSerials().get(i) + "' is listed twice");
            }
        }
        long operatorId = performers.holding(Role.OPERATOR, data.operator(), "operator").id();
        notAfterRecording.check(data.performedAt(), "performedAt");
        var run =
                new CleaningRun(
                        data.runNumber(),
                        data.processId(),
                        data.processVersion(),
                        data.cleaningFamily(),
                        operatorId,
                        data.performedAt(),
                        implantIds,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(run);
        em.flush();
        audit.created(run);
        return named(run);
    }

    @RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
    public RecordedCleaning recordResult(String runNumber, CleanlinessData data) {
        CleaningRun run = get(runNumber);
        long implantId = implants.referenced(data.implantSerial(), "implantSerial").id();
        if (!run.cleaned(implantId)) {
            throw new InvalidRequestException(
                    "implantSerial",
                    "Implant "
                            + data.implantSerial()
                            + " did not go through cleaning run "
                            + runNumber);
        }
        if (data.residualParticles() != null && data.residualParticles() < 0) {
            throw new InvalidRequestException(
                    "residualParticles", "A particle count is never negative");
        }
        boolean duplicate = results(run).stream().anyMatch(r -> r.implantId() == implantId);
        if (duplicate) {
            throw new ConflictingRecordException(
                    "The cleanliness of implant "
                            + data.implantSerial()
                            + " after cleaning run "
                            + runNumber
                            + " is already recorded");
        }
        var result =
                new CleanlinessResult(
                        run,
                        implantId,
                        data.visualResult(),
                        data.residualParticles(),
                        data.endotoxinEu(),
                        data.tocMg(),
                        data.testedBy(),
                        data.laboratory(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(result);
        em.flush();
        audit.created(result);
        return named(run);
    }

    public Optional<CleaningRun> find(String runNumber) {
        return em.createNamedQuery(CleaningRun.BY_NUMBER, CleaningRun.class)
                .setParameter("runNumber", runNumber)
                .getResultStream()
                .findFirst();
    }

    public CleaningRun get(String runNumber) {
        return find(runNumber)
                .orElseThrow(() -> new NoSuchRecordException("Cleaning run", runNumber));
    }

    public RecordedCleaning getRecorded(String runNumber) {
        return named(get(runNumber));
    }

    /**
     * For the release rules: every cleaning run the implant went through, each with its result if
     * tested.
     */
    public List<CleaningOfImplant> ofImplant(long implantId) {
        var results =
                em.createNamedQuery(CleanlinessResult.OF_IMPLANT, CleanlinessResult.class)
                        .setParameter("implantId", implantId)
                        .getResultList();
        return em
                .createNamedQuery(CleaningRun.OF_IMPLANT, CleaningRun.class)
                .setParameter("implantId", implantId)
                .getResultList()
                .stream()
                .map(
                        run ->
                                new CleaningOfImplant(
                                        run,
                                        results.stream()
                                                .filter(r -> r.run().id().equals(run.id()))
                                                .findFirst()
                                                .orElse(null)))
                .toList();
    }

    public String operatorOf(CleaningRun run) {
        return names.username(run.operatorId());
    }

    private List<CleanlinessResult> results(CleaningRun run) {
        return em.createNamedQuery(CleanlinessResult.OF_RUN, CleanlinessResult.class)
                .setParameter("run", run)
                .getResultList();
    }

    private RecordedCleaning named(CleaningRun run) {
        var bySerial = new LinkedHashMap<String, CleanlinessResult>();
        results(run).forEach(r -> bySerial.put(names.serial(r.implantId()), r));
        return new RecordedCleaning(
                run, names.username(run.operatorId()), names.serials(run.implantIds()), bySerial);
    }
}
