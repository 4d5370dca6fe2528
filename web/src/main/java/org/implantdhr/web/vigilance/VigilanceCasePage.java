package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.recall.boundary.RecallRecord;
import org.implantdhr.rules.vigilance.ReportingDeadline;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.vigilance.boundary.CaseRecalls;
import org.implantdhr.vigilance.boundary.CaseTrace;
import org.implantdhr.vigilance.boundary.CaseTraces;
import org.implantdhr.vigilance.boundary.DecisionRecord;
import org.implantdhr.vigilance.boundary.ReportabilityDecisions;
import org.implantdhr.vigilance.boundary.VigilanceCases;
import org.implantdhr.vigilance.entity.ReportingFramework;
import org.implantdhr.vigilance.entity.VigilanceCase;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * One vigilance case (/record/vigilance-case.xhtml?case=VC-2026-0001): its facts, its deadline and
 * the days left, its signed reportability decisions, its trace (what made the implant, and every
 * sibling implant sharing each of those records, with where it is now), and the recalls made from
 * it. A QA manager signs a decision and recalls a lot, build or run from here.
 */
@Named
@RequestScoped
public class VigilanceCasePage {

    @EJB VigilanceCases cases;

    @EJB CaseTraces traces;

    @EJB ReportabilityDecisions decisions;

    @EJB CaseRecalls recalls;

    @Inject SignatureInput decisionSignature;

    @Inject SignatureInput recallSignature;

    private String caseNumber;
    private boolean loaded;
    private VigilanceCase vigilanceCase;
    private CaseTrace trace;
    private List<DecisionRecord> decided;
    private List<RecallRecord> recalled;

    private String framework = ReportingFramework.EU_MDR.name();
    private String reportable;
    private String deadline;
    private String reason;
    private String recallTarget;
    private String recallReason;

    /** A record of the backward trace, its details in the trace's order. */
    public record Link(String key, List<Map.Entry<String, Object>> details) {}

    /** The backward trace's records of one kind. */
    public record Group(String kind, List<Link> links) {}

    /** Something the implant was made from that can be recalled from this case. */
    public record RecallTarget(String value, String label) {}

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (caseNumber == null || caseNumber.isBlank()) {
            // a post of one of the page's forms names the case in a hidden field: the forms are
            // rendered (and so decoded) only once the case is read, before the view parameter is
            // applied
            caseNumber =
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get("case");
        }
        if (caseNumber == null || caseNumber.isBlank()) {
            PageErrors.atTop("Which case? Open it from the list of vigilance cases.");
            return;
        }
        try {
            vigilanceCase = cases.get(caseNumber.strip());
            trace = traces.of(vigilanceCase.caseNumber());
            decided = decisions.ofCase(vigilanceCase.caseNumber());
            recalled = recalls.ofCase(vigilanceCase.caseNumber());
        } catch (NoSuchRecordException unknown) {
            PageErrors.atTop("There is no vigilance case " + caseNumber.strip() + ".");
            vigilanceCase = null;
        } catch (RuntimeException e) {
            vigilanceCase = null;
            PageErrors.atTopOnly().show(e);
        }
    }

    public boolean isFound() {
        load();
        return vigilanceCase != null;
    }

    public VigilanceCase getCase() {
        load();
        return vigilanceCase;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC);
    }

    public String getDaysLeft() {
        return VigilanceCasesPage.daysLeftText(getCase().daysLeft(today()));
    }

    /**
     * Alerted: no EU MDR decision signed yet and due within the alert days or overdue (the same
     * list the QA managers' start page alerts).
     */
    public boolean isAlerted() {
        return isFound()
                && getCase().daysLeft(today()) <= ReportabilityDecisions.ALERT_DAYS
                && getDecisions().stream()
                        .noneMatch(d -> d.framework().equals(ReportingFramework.EU_MDR.name()));
    }

    public boolean isOverdue() {
        return isFound() && getCase().daysLeft(today()) < 0;
    }

    public String getDeadlineText() {
        ReportingDeadline d = getCase().deadline();
        return d == null
                ? "not triaged: at the latest 2 days (EU MDR Art. 87(4))"
                : d.period() + " (" + d.source() + ")";
    }

    public List<DecisionRecord> getDecisions() {
        load();
        return decided == null ? List.of() : decided;
    }

    public List<RecallRecord> getRecalls() {
        load();
        return recalled == null ? List.of() : recalled;
    }

    public CaseTrace getTrace() {
        load();
        return trace;
    }

    /** The backward trace grouped by kind, in the trace's order. */
    public List<Group> getBackward() {
        if (getTrace() == null) {
            return List.of();
        }
        var byKind = new LinkedHashMap<String, List<Link>>();
        for (TraceLink link : trace.backward()) {
            byKind.computeIfAbsent(link.kind(), k -> new ArrayList<>())
                    .add(
                            new Link(
                                    link.key(),
                                    link.details().entrySet().stream()
                                            .sorted(Map.Entry.comparingByKey())
                                            .toList()));
        }
        var groups = new ArrayList<Group>();
        byKind.forEach((kind, links) -> groups.add(new Group(kind, links)));
        return groups;
    }

    /** The lots, build and runs the implant was made from that a recall can start from. */
    public List<RecallTarget> getRecallTargets() {
        if (getTrace() == null) {
            return List.of();
        }
        return trace.shared().stream()
                .filter(s -> s.recallable() != null)
                .map(
                        s ->
                                new RecallTarget(
                                        s.recallable() + "|" + s.key(),
                                        s.kind()
                                                + " "
                                                + s.key()
                                                + " ("
                                                + s.siblings().size()
                                                + " other implants)"))
                .toList();
    }

    public List<ReportingFramework> getFrameworks() {
        return decisions.frameworks();
    }

    /** Every deadline of the regulations decisions are made under here. */
    public List<ReportingDeadline> getDeadlines() {
        return Arrays.stream(ReportingDeadline.values())
                .filter(d -> getFrameworks().stream().anyMatch(f -> f.has(d)))
                .toList();
    }

    public String deadlineLabel(ReportingDeadline d) {
        return d.source()
                + ": "
                + d.period()
                + " — "
                + d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Signs the reportability decision; the case page again with it shown. */
    public String decide() {
        char[] secret = decisionSignature.takePassword();
        try {
            DecisionRecord made =
                    decisions.decide(
                            caseNumber,
                            framework,
                            reportable == null || reportable.isBlank()
                                    ? null
                                    : Boolean.valueOf(reportable),
                            deadline,
                            reason,
                            secret,
                            decisionSignature.getZone());
            KeptMessages.keep(
                    "Decision signed: "
                            + (made.reportable()
                                    ? "reportable under "
                                            + made.frameworkLabel()
                                            + ", due on "
                                            + made.dueOn()
                                    : "not reportable under " + made.frameworkLabel())
                            + ". "
                            + made.signature());
            return again();
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "framework", "decide:framework",
                                    "reportable", "decide:reportable",
                                    "deadline", "decide:deadline",
                                    "reason", "decide:reason",
                                    "password", "decide:password",
                                    "zone", "decide:zone"))
                    .show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Recalls the chosen lot, build or run through the recall component, linked to the case. */
    public String recall() {
        char[] secret = recallSignature.takePassword();
        try {
            String kind = null;
            String key = null;
            if (recallTarget != null && recallTarget.contains("|")) {
                kind = recallTarget.substring(0, recallTarget.indexOf('|'));
                key = recallTarget.substring(recallTarget.indexOf('|') + 1);
            }
            RecallRecord made =
                    recalls.recall(
                            caseNumber, kind, key, recallReason, secret, recallSignature.getZone());
            KeptMessages.keep(
                    "Recall "
                            + made.id()
                            + " of "
                            + made.origin().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " "
                            + made.key()
                            + ": "
                            + made.implants().size()
                            + " implants reached. "
                            + made.signature());
            return again();
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "kind", "recall:target",
                                    "key", "recall:target",
                                    "reason", "recall:reason",
                                    "password", "recall:password",
                                    "zone", "recall:zone"))
                    .show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private String again() {
        return "/record/vigilance-case?faces-redirect=true&case=" + caseNumber.strip();
    }

    public SignatureInput getDecisionSignature() {
        return decisionSignature;
    }

    public SignatureInput getRecallSignature() {
        return recallSignature;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getReportable() {
        return reportable;
    }

    public void setReportable(String reportable) {
        this.reportable = reportable;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRecallTarget() {
        return recallTarget;
    }

    public void setRecallTarget(String recallTarget) {
        this.recallTarget = recallTarget;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public void setRecallReason(String recallReason) {
        this.recallReason = recallReason;
    }
}
