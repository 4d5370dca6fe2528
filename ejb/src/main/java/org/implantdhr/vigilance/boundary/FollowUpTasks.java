package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.boundary.WorklistRow;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.EvaluationDate;
import org.implantdhr.rules.vigilance.FollowUpFacts;
import org.implantdhr.rules.vigilance.FollowUpTask;
import org.implantdhr.rules.vigilance.ScheduledVisit;
import org.implantdhr.rules.vigilance.VigilanceEvaluator;
import org.implantdhr.rules.vigilance.VigilanceFindings;

/**
 * The vigilance rules' follow-up tasks ("an overdue visit becomes a task", VIG-VISIT): the visits
 * of the worklist the caller may see (surgeons their own patients, study staff their hospital's, QA
 * everyone's), given to the rules in one evaluation; each task is one the rules made, with the
 * hospital and surgeon to act on it.
 */
@Stateless
@RolesAllowed({"SURGEON", "STUDY_STAFF", "QA", "QA_MANAGER", "REGULATOR"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FollowUpTasks {

    private static final VigilanceEvaluator RULES = new VigilanceEvaluator();

    @EJB FollowUps followUps;

    /** A task of the rules, with whom it falls to. */
    public record Task(
            String serialNumber,
            String patientPseudonym,
            String hospital,
            String surgeon,
            String visit,
            LocalDate windowEnd,
            String ruleId,
            String reason,
            String criteria) {}

    public List<Task> open(String hospital) {
        LocalDate today = LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC);
        List<WorklistRow> rows = followUps.worklist(today, hospital);
        var visits = new ArrayList<ScheduledVisit>();
        Map<String, WorklistRow> byReference = new HashMap<>();
        for (WorklistRow r : rows) {
            String reference = r.serialNumber() + "#" + r.visitCode();
            byReference.put(r.serialNumber() + "#" + r.visitCode(), r);
            // the worklist holds only visits not yet recorded
            visits.add(
                    new ScheduledVisit(
                            reference, r.serialNumber(), r.visitCode(), r.windowEnd(), false));
        }
        VigilanceFindings findings =
                RULES.evaluate(
                        new FollowUpFacts(
                                new EvaluationDate(today), List.of(), List.of(), List.of(), visits),
                        org.implantdhr.vigilance.control.VigilanceScreening.CRITERIA);
        var tasks = new ArrayList<Task>();
        for (FollowUpTask t : findings.tasks()) {
            WorklistRow r = byReference.get(t.implantSerial() + "#" + t.visit());
            tasks.add(
                    new Task(
                            t.implantSerial(),
                            r.patientPseudonym(),
                            r.hospital(),
                            r.surgeon(),
                            t.visit(),
                            t.windowEnd(),
                            t.ruleId(),
                            t.reason(),
                            findings.criteria()));
        }
        return tasks;
    }
}
