package org.implantdhr.outcome.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.AdverseEventQuery;
import org.implantdhr.outcome.control.Grouping;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.HospitalStayQuery;
import org.implantdhr.outcome.control.ImprovementRange;
import org.implantdhr.outcome.control.KaplanMeier;
import org.implantdhr.outcome.control.OutcomeScope;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.ScoreChangeQuery;
import org.implantdhr.outcome.control.SurvivalCurve;
import org.implantdhr.outcome.control.SurvivalQuery;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The study's outcomes, read from the follow-up joined to the production record: QA, QA managers
 * and regulators see every patient, a surgeon only their own (the scope comes from the signed-in
 * account, never from the request). Read-only; nothing here changes a record.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Outcomes {

    private static final List<String> READ_ALL = List.of("QA", "QA_MANAGER", "REGULATOR");

    @Resource SessionContext session;

    @Inject CurrentUser currentUser;
    @Inject SurvivalQuery survival;
    @Inject HospitalStayQuery stays;
    @Inject AdverseEventQuery adverseEvents;
    @Inject ScoreChangeQuery scores;

    public OutcomeSummary summary(Grouping grouping) {
        OutcomeScope scope = scope();
        var asOf = RecordingClock.now();
        Map<String, SurvivalCurve> curves = survival.curves(grouping, scope);
        Map<String, HospitalStay> stay = stays.stays(grouping, scope);
        Map<String, AdverseEventCounts> events = adverseEvents.counts(grouping, scope);
        List<Map<String, ScoreChange>> changes = new ArrayList<>();
        for (ImprovementRange range : ImprovementRange.STUDY) {
            changes.add(scores.changes(grouping, scope, range));
        }
        List<GroupOutcome> groups = new ArrayList<>();
        for (String key : new TreeSet<>(stay.keySet())) {
            List<ScoreChange> scoreChanges = new ArrayList<>();
            for (int i = 0; i < ImprovementRange.STUDY.size(); i++) {
                scoreChanges.add(
                        changes.get(i)
                                .getOrDefault(
                                        key,
                                        ScoreChange.none(
                                                grouping.groupName(key),
                                                ImprovementRange.STUDY.get(i))));
            }
            groups.add(
                    new GroupOutcome(
                            key,
                            grouping.groupName(key),
                            curves.getOrDefault(key, KaplanMeier.estimate(List.of())),
                            stay.get(key),
                            events.get(key),
                            scoreChanges));
        }
        return new OutcomeSummary(grouping, scope.description(), asOf, groups);
    }

    /** Everyone's patients for the reading roles, a surgeon's own otherwise. */
    public OutcomeScope scope() {
        if (READ_ALL.stream().anyMatch(session::isCallerInRole)) {
            return OutcomeScope.everyone();
        }
        UserAccount account = currentUser.account();
        if (session.isCallerInRole(Role.SURGEON_)) {
            return OutcomeScope.surgeon(account.id(), account.fullName());
        }
        throw new IllegalStateException("no outcome scope for this role");
    }
}
