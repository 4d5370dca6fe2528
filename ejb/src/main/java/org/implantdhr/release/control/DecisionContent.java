package org.implantdhr.release.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;

/**
 * What the releasing QA person signs, as canonical JSON: the snapshot hash, the versions, every
 * finding, the acknowledged warnings and the concessions on the implant. Its SHA-256 is the signed
 * hash, so anyone can recompute it from the stored decision.
 */
public record DecisionContent(
        String implantSerial,
        String decision,
        String decidedBy,
        ReleaseEvaluation evaluation,
        List<WarningAcknowledgement> acknowledgements,
        List<NonconformanceRecord> concessions) {

    public String canonicalJson() {
        var content = new LinkedHashMap<String, Object>();
        content.put("implant", implantSerial);
        content.put("decision", decision);
        content.put("decidedBy", decidedBy);
        content.put("evaluationId", evaluation.id());
        content.put("factsSha256", evaluation.factsSha256());
        content.put("evidenceFingerprint", evaluation.evidenceFingerprint());
        content.put(
                "specification",
                evaluation.specificationCode() + " " + evaluation.specificationVersion());
        content.put("ruleSetVersion", evaluation.ruleSetVersion());
        content.put("verdict", evaluation.verdict());
        content.put(
                "findings", evaluation.findings().stream().map(DecisionContent::finding).toList());
        content.put(
                "acknowledgements",
                acknowledgements.stream().map(DecisionContent::acknowledgement).toList());
        content.put("concessions", concessions.stream().map(DecisionContent::concession).toList());
        return CanonicalJson.of(content);
    }

    public String sha256() {
        return Sha256.hex(canonicalJson().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> finding(ReleaseFinding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("seq", f.seq());
        m.put("check", f.checkId());
        m.put("subject", f.subject());
        m.put("outcome", f.outcome());
        m.put("measured", f.measured());
        m.put("limit", f.limitText());
        return m;
    }

    private static Map<String, Object> acknowledgement(WarningAcknowledgement a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("findingSeq", a.finding().seq());
        m.put("by", a.createdBy());
        m.put("at", a.createdAt());
        m.put("comment", a.comment());
        return m;
    }

    private static Map<String, Object> concession(NonconformanceRecord n) {
        var m = new LinkedHashMap<String, Object>();
        m.put("number", n.number());
        m.put("check", n.checkId());
        m.put("justification", n.justification());
        m.put("signedBy", n.approval() == null ? null : n.approval().signer());
        m.put("signedHash", n.approval() == null ? null : n.approval().signedHash());
        return m;
    }
}
