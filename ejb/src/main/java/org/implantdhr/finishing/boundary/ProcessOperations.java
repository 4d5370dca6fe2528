package org.implantdhr.finishing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.finishing.control.PeopleAndImplants;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.ProcessOperation;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.Performers;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/** Separation, machining, blasting, polishing and marking of each implant (FIN-*, HT-SEQUENCE). */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class ProcessOperations {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject PeopleAndImplants names;

    @Inject Performers performers;

    @Inject NotAfterRecording notAfterRecording;

    @EJB Implants implants;

    @RolesAllowed("OPERATOR")
    public RecordedOperation record(ProcessOperationData data) {
        if (data.type() == OperationType.MACHINING
                && (blank(data.programId()) || blank(data.programVersion()))) {
            throw new InvalidRequestException(
                    blank(data.programId()) ? "programId" : "programVersion",
                    "Machining is recorded with the program id and version it ran (FIN-MACHINING)");
        }
        long implantId = implants.referenced(data.implantSerial(), "implantSerial").id();
        long operatorId = performers.holding(Role.OPERATOR, data.operator(), "operator").id();
        notAfterRecording.check(data.performedAt(), "performedAt");
        Instant performedAt = data.performedAt().truncatedTo(ChronoUnit.MICROS);
        boolean duplicate =
                ofImplant(implantId).stream()
                        .anyMatch(
                                o ->
                                        o.type() == data.type()
                                                && o.performedAt().equals(performedAt));
        if (duplicate) {
            throw new ConflictingRecordException(
                    data.type()
                            + " of implant "
                            + data.implantSerial()
                            + " at "
                            + performedAt
                            + " is already recorded");
        }
        var operation =
                new ProcessOperation(
                        implantId,
                        data.type(),
                        data.equipment(),
                        data.programId(),
                        data.programVersion(),
                        operatorId,
                        performedAt,
                        data.visualResult(),
                        data.remarks(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(operation);
        em.flush();
        audit.created(operation);
        return named(operation);
    }

    public List<RecordedOperation> ofImplant(String serialNumber) {
        return ofImplant(implants.get(serialNumber).id()).stream().map(this::named).toList();
    }

    /** For the release rules: every finishing step of the implant, in the order performed. */
    public List<ProcessOperation> ofImplant(long implantId) {
        return em.createNamedQuery(ProcessOperation.OF_IMPLANT, ProcessOperation.class)
                .setParameter("implantId", implantId)
                .getResultList();
    }

    /**
     * When the implant was first cut from the build plate; HT-SEQUENCE compares it with the furnace
     * door opening.
     */
    public Optional<Instant> separatedAt(long implantId) {
        return ofImplant(implantId).stream()
                .filter(o -> o.type() == OperationType.SEPARATION)
                .map(ProcessOperation::performedAt)
                .min(Instant::compareTo);
    }

    /** The name of whoever performed an operation, for the certificate and REC-PEOPLE. */
    public String operatorOf(ProcessOperation operation) {
        return names.username(operation.operatorId());
    }

    private RecordedOperation named(ProcessOperation operation) {
        return new RecordedOperation(
                operation,
                names.serial(operation.implantId()),
                names.username(operation.operatorId()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
