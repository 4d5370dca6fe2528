package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.control.BuildEvent;
import org.implantdhr.build.control.BuildLayerRows;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.build.control.BuildLogParser;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.LoggedEvent;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The machine's layer log of a build: imported all or nothing (file byte for byte, every layer row,
 * every event), superseded only for a reason; and the engineer's disposition of each event it
 * reports.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER"})
public class BuildLogs {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    @Inject BuildLayerRows layerRows;

    @EJB Builds builds;

    @Inject NotAfterRecording notAfterRecording;

    public Build importLog(String buildNumber, String fileName, byte[] content, String reason) {
        Build build = builds.get(buildNumber);
        boolean superseding = build.logFile() != null;
        if (superseding && (reason == null || reason.isBlank())) {
            throw new ConflictingRecordException(
                    "Build "
                            + buildNumber
                            + " already has a log (sha256 "
                            + build.logFile().sha256()
                            + "); give a reason to supersede it");
        }
        BuildLog log = new BuildLogParser().parse(content);
        if (log.rowCount() == 0) {
            throw new InvalidEvidenceException(
                    "The build log cannot be accepted", "line 2", "the log has no layer rows");
        }
        notAfterRecording
                .firstAfter(log.epochMillis())
                .ifPresent(
                        row -> {
                            // an accepted file has no empty or left-out lines: data row r is line r
                            // + 2 (the header is line 1)
                            throw new InvalidEvidenceException(
                                    "The build log cannot be accepted",
                                    "line " + (row + 2) + ", column timestamp",
                                    log.timestamp(row)
                                            + " lies after the moment the log is recorded ("
                                            + RecordingClock.now()
                                            + ")");
                        });
        var before = build.auditState();
        if (superseding) {
            layerRows.erase(build.id());
            em.createQuery("delete from LoggedEvent e where e.build = :build")
                    .setParameter("build", build)
                    .executeUpdate();
        }
        build.attachLog(
                files.store(EvidenceKind.BUILD_LOG, fileName, content),
                log.timestamp(0),
                log.timestamp(log.rowCount() - 1));
        em.flush();
        layerRows.write(build.id(), log);
        for (BuildEvent reported : log.events()) {
            var event =
                    new LoggedEvent(build, reported.layer(), reported.timestamp(), reported.type());
            em.persist(event);
        }
        em.flush();
        audit.changed(
                build,
                before,
                superseding
                        ? reason
                        : "build log imported: "
                                + log.rowCount()
                                + " rows, "
                                + log.events().size()
                                + " events");
        return build;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<LoggedEvent> events(String buildNumber) {
        return events(builds.get(buildNumber));
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<LoggedEvent> events(Build build) {
        return em.createQuery(
                        "select e from LoggedEvent e where e.build = :build order by e.occurredAt, e.id",
                        LoggedEvent.class)
                .setParameter("build", build)
                .getResultList();
    }

    /**
     * An engineer's judgement of a reported event (rule BLD-EVENTS). The first disposition needs no
     * reason; changing one does.
     */
    @RolesAllowed("ENGINEER")
    public LoggedEvent dispose(
            String buildNumber, long eventId, String disposition, String reason) {
        Build build = builds.get(buildNumber);
        LoggedEvent event = em.find(LoggedEvent.class, eventId);
        if (event == null || !event.build().id().equals(build.id())) {
            throw new NoSuchRecordException("Event of build " + buildNumber, eventId);
        }
        if (disposition == null || disposition.isBlank()) {
            throw new InvalidRequestException(
                    "disposition", "A disposition says what was decided about the event");
        }
        var before = event.auditState();
        boolean first = event.disposition() == null;
        event.dispose(disposition.strip(), currentUser.username(), RecordingClock.now());
        audit.changed(event, before, first ? "disposition recorded" : reason);
        return event;
    }
}
