package org.implantdhr.web.release;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.release.boundary.DecisionRecord;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.FindingRecord;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.release.boundary.ReleaseEvaluations;
import org.implantdhr.release.control.Readiness;
import org.implantdhr.rules.Outcome;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * The QA review of one implant, by exception: what the rules found wrong or could not judge comes
 * first, each warning is acknowledged with a comment, the passed checks are only counted. From here
 * QA evaluates (again), rejects, or releases with an e-signature; a successful release goes on to
 * the certificate.
 */
@Named
@ViewScoped
public class ImplantReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB ReleaseEvaluations evaluations;
    @EJB ReleaseDecisions decisions;
    @EJB Implants implants;
    @Inject SignatureInput signature;

    private String serial;
    private String sign;
    private ImplantStatus status;
    private EvaluationRecord evaluation;
    private DecisionRecord decision;
    private Readiness readiness;
    private ReleaseFindings findings = ReleaseFindings.NONE;
    private final Map<Long, String> comments = new HashMap<>();
    private String rejectionReason;
    private boolean found;

    /**
     * Reads the implant, its latest evaluation and its decision; an unknown serial is said on the
     * page.
     */
    public void load() {
        evaluation = null;
        decision = null;
        readiness = null;
        findings = ReleaseFindings.NONE;
        if (serial == null || serial.isBlank()) {
            PageErrors.atTop(
                    "Which implant? Open the review from the work queue or an implant's record.");
            return;
        }
        serial = serial.strip();
        var implant = implants.find(serial);
        found = implant.isPresent();
        if (!found) {
            PageErrors.atTop("There is no implant " + serial + ".");
            return;
        }
        status = implant.get().status();
        readiness = decisions.readiness(serial);
        try {
            evaluation = evaluations.latest(serial);
        } catch (NoSuchRecordException notYet) {
            evaluation = null;
        }
        findings = ReleaseFindings.of(evaluation);
        if (readiness.decided()) {
            try {
                decision = decisions.decision(serial);
            } catch (NoSuchRecordException none) {
                decision = null;
            }
        }
    }

    public String evaluate() {
        try {
            var made = evaluations.evaluate(serial);
            var judged = ReleaseFindings.of(made);
            long fails = judged.count(Outcome.FAIL);
            KeptMessages.keep(
                    "Evaluated against "
                            + made.specificationCode()
                            + " "
                            + made.specificationVersion()
                            + ": "
                            + fails
                            + " FAIL, "
                            + judged.count(Outcome.MISSING)
                            + " MISSING, "
                            + judged.count(Outcome.WARN)
                            + " WARN"
                            + (fails > 0 ? "; each FAIL has a nonconformance report." : "."));
            return reload(false);
        } catch (RuntimeException e) {
            PageErrors.atTopOnly().show(e);
            return null;
        }
    }

    public String acknowledge(FindingRecord finding, int row) {
        String clientId = "warnings:" + row + ":ack:comment";
        try {
            evaluations.acknowledge(evaluation.id(), finding.id(), comments.get(finding.id()));
            KeptMessages.keep("Warning " + finding.checkId() + " acknowledged.");
            return reload(false);
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("comment", clientId)).show(e);
            return null;
        }
    }

    /** The release e-signature: on success the certificate issued with it opens. */
    public String release() {
        char[] secret = signature.takePassword();
        try {
            var released = decisions.release(serial, secret, signature.getZone());
            KeptMessages.keep(
                    "Implant "
                            + serial
                            + " released. Signed: "
                            + released.signatureManifestation());
            return "/qa/certificate?faces-redirect=true&serial=" + serial;
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("password", "sign:password", "zone", "sign:zone")).show(e);
            return null;
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    public String reject() {
        try {
            decisions.reject(serial, rejectionReason);
            KeptMessages.keep("Implant " + serial + " rejected.");
            return reload(false);
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("reason", "reject:reason")).show(e);
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

    /**
     * Nothing but the caller's release signature is missing: the only state in which Release is
     * offered.
     */
    public boolean isReady() {
        return readiness != null && readiness.readyToSign();
    }

    /**
     * A new evaluation is the next step (none yet, one of an earlier day, or evidence changed
     * since).
     */
    public boolean isOutdated() {
        return readiness != null && readiness.state() == Readiness.State.OUTDATED;
    }

    public long getFailCount() {
        return findings.count(Outcome.FAIL);
    }

    public long getMissingCount() {
        return findings.count(Outcome.MISSING);
    }

    public long getWarnCount() {
        return findings.count(Outcome.WARN);
    }

    public long getOpenWarnCount() {
        return findings.warnings().stream().filter(f -> f.acknowledgement() == null).count();
    }

    /** The warnings, each with its acknowledgement or the form for one. */
    public List<FindingRecord> getWarnings() {
        return findings.warnings();
    }

    /** FAIL and MISSING findings that prevent the release, FAIL first. */
    public List<FindingRecord> getBlocking() {
        return findings.blocking();
    }

    /** No FAIL, MISSING or WARN that QA must look at. */
    public boolean isWithoutExceptions() {
        return !findings.hasExceptions();
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

    public List<FindingRecord> getPassed() {
        return findings.passed();
    }

    /**
     * Checks judged on the release signature itself (as the release component says), open until it
     * is made.
     */
    public List<FindingRecord> getAwaitingTheSignature() {
        return findings.awaitingTheSignature();
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    /** The password and time zone of the release signature. */
    public SignatureInput getSignature() {
        return signature;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
