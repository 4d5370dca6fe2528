package org.implantdhr.web.release;

import org.implantdhr.platform.control.RecordingClock;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.release.boundary.DecisionRecord;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.FindingRecord;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.release.boundary.ReleaseEvaluations;
import org.implantdhr.release.control.Readiness;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.rules.Outcome;
import org.implantdhr.web.platform.FacesProblems;
import org.implantdhr.web.platform.TimeZones;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QA review of one implant, by exception: what the rules found wrong or could not judge comes first, each
 * warning is acknowledged with a comment, the passed checks are only counted. From here QA evaluates (again),
 * rejects, or releases with an e-signature; a successful release goes on to the certificate.
 */
@Named
@ViewScoped
public class ImplantReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReleaseEvaluations evaluations;
    @EJB
    ReleaseDecisions decisions;
    @EJB
    Implants implants;
    @EJB
    Users users;

    private String serial;
    private String sign;
    private ImplantStatus status;
    private EvaluationRecord evaluation;
    private DecisionRecord decision;
    private Readiness readiness;
    private List<FindingRecord> exceptions = List.of();
    private List<FindingRecord> passed = List.of();
    private List<FindingRecord> judgedAtSigning = List.of();
    private final Map<Long, String> comments = new HashMap<>();
    private String password;
    private String zone = "UTC";
    private String rejectionReason;
    private boolean found;

    /** Reads the implant, its latest evaluation and its decision; an unknown serial is said on the page. */
    public void load() {
        evaluation = null;
        decision = null;
        readiness = null;
        exceptions = List.of();
        passed = List.of();
        judgedAtSigning = List.of();
        if (serial == null || serial.isBlank()) {
            FacesProblems.error(null, "Which implant? Open the review from the work queue or an implant's record.");
            return;
        }
        serial = serial.strip();
        var implant = implants.find(serial);
        found = implant.isPresent();
        if (!found) {
            FacesProblems.error(null, "There is no implant " + serial + ".");
            return;
        }
        status = implant.get().status();
        readiness = decisions.readiness(serial);
        try {
            evaluation = evaluations.latest(serial);
        } catch (NoSuchRecordException notYet) {
            evaluation = null;
        }
        if (evaluation != null) {
            List<FindingRecord> findings = evaluation.findings();
            exceptions = findings.stream()
                    .filter(f -> f.outcome() != Outcome.PASS && !awaitsTheSignature(f))
                    .sorted(Comparator.comparingInt((FindingRecord f) -> rank(f.outcome()))
                            .thenComparingInt(FindingRecord::seq))
                    .toList();
            passed = findings.stream().filter(f -> f.outcome() == Outcome.PASS).toList();
            judgedAtSigning = findings.stream().filter(ImplantReviewPage::awaitsTheSignature).toList();
        }
        if (readiness.decided()) {
            try {
                decision = decisions.decision(serial);
            } catch (NoSuchRecordException none) {
                decision = null;
            }
        }
    }

    /** A check the rules judge on the release signature itself, open until it is made: not an obstacle. */
    static boolean awaitsTheSignature(FindingRecord f) {
        return f.outcome() == Outcome.MISSING && ReleaseReadiness.judgedOnTheSignature(f.checkId());
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case FAIL -> 0;
            case MISSING -> 1;
            case WARN -> 2;
            case PASS -> 3;
        };
    }

    public String evaluate() {
        try {
            var made = evaluations.evaluate(serial);
            var judged = made.findings().stream().filter(f -> !awaitsTheSignature(f)).toList();
            long fails = judged.stream().filter(f -> f.outcome() == Outcome.FAIL).count();
            FacesProblems.done("Evaluated against " + made.specificationCode() + " " + made.specificationVersion()
                    + ": " + fails + " FAIL, " + judged.stream().filter(f -> f.outcome() == Outcome.MISSING).count()
                    + " MISSING, " + judged.stream().filter(f -> f.outcome() == Outcome.WARN).count() + " WARN"
                    + (fails > 0 ? "; each FAIL has a nonconformance report." : "."));
            return reload(false);
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of());
            return null;
        }
    }

    public String acknowledge(FindingRecord finding, int row) {
        String clientId = "warnings:" + row + ":ack:comment";
        try {
            evaluations.acknowledge(evaluation.id(), finding.id(), comments.get(finding.id()));
            FacesProblems.done("Warning " + finding.checkId() + " acknowledged.");
            return reload(false);
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of("comment", clientId));
            return null;
        }
    }

    /** The release e-signature: on success the certificate issued with it opens. */
    public String release() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            var released = decisions.release(serial, secret, zone);
            FacesProblems.done("Implant " + serial + " released. Signed: " + released.signatureManifestation());
            return "/qa/certificate?faces-redirect=true&serial=" + serial;
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of("password", "sign:password", "zone", "sign:zone"));
            return null;
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    public String reject() {
        try {
            decisions.reject(serial, rejectionReason);
            FacesProblems.done("Implant " + serial + " rejected.");
            return reload(false);
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of("reason", "reject:reason"));
            return null;
        }
    }

    private String reload(boolean signing) {
        return "/qa/review?faces-redirect=true&serial=" + serial + (signing ? "&sign=release" : "");
    }

    // what the page shows

    public boolean isFound() {
        return found;
    }

    public boolean isDecided() {
        return readiness != null && readiness.decided();
    }

    /** The signature section: only when the release would be accepted but for the signature. */
    public boolean isSigning() {
        return "release".equals(sign) && isReady();
    }

    /** What the release would answer now (judged by the release component, never here). */
    public Readiness getReadiness() {
        return readiness;
    }

    /** Nothing but the caller's release signature is missing: the only state in which Release is offered. */
    public boolean isReady() {
        return readiness != null && readiness.readyToSign();
    }

    /** A new evaluation is the next step (none yet, one of an earlier day, or evidence changed since). */
    public boolean isOutdated() {
        return readiness != null && readiness.state() == Readiness.State.OUTDATED;
    }

    public long getFailCount() {
        return exceptions.stream().filter(f -> f.outcome() == Outcome.FAIL).count();
    }

    public long getMissingCount() {
        return exceptions.stream().filter(f -> f.outcome() == Outcome.MISSING).count();
    }

    public long getWarnCount() {
        return exceptions.stream().filter(f -> f.outcome() == Outcome.WARN).count();
    }

    public long getOpenWarnCount() {
        return exceptions.stream().filter(f -> f.outcome() == Outcome.WARN && f.acknowledgement() == null).count();
    }

    /** The warnings, each with its acknowledgement or the form for one. */
    public List<FindingRecord> getWarnings() {
        return exceptions.stream().filter(f -> f.outcome() == Outcome.WARN).toList();
    }

    /** FAIL and MISSING findings, which prevent the release. */
    public List<FindingRecord> getBlocking() {
        return exceptions.stream().filter(f -> f.outcome() != Outcome.WARN).toList();
    }

    public String getPrintedName() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return users.find(me).map(u -> u.fullName() + " (" + u.username() + ")").orElse(me);
    }

    public String getNow() {
        return TimeZones.format(RecordingClock.now(), zone);
    }

    public List<String> getZones() {
        return TimeZones.ALL;
    }

    public String formatted(Instant at) {
        return TimeZones.format(at, "UTC");
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getSign() {
        return sign;
    }

    public void setSign(String sign) {
        this.sign = sign;
    }

    public ImplantStatus getStatus() {
        return status;
    }

    public EvaluationRecord getEvaluation() {
        return evaluation;
    }

    public DecisionRecord getDecision() {
        return decision;
    }

    public List<FindingRecord> getExceptions() {
        return exceptions;
    }

    public List<FindingRecord> getPassed() {
        return passed;
    }

    public List<FindingRecord> getJudgedAtSigning() {
        return judgedAtSigning;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
