package org.implantdhr.release.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.rules.Evaluation;
import org.implantdhr.rules.Finding;

/**
 * One run of the release rules over an implant's record: the facts snapshot (canonical JSON and its
 * SHA-256), the versions it was pinned to, the verdict and the findings. Never changed once made.
 */
@Entity
@Table(name = "release_evaluation")
@NamedQuery(
        name = ReleaseEvaluation.OF_IMPLANT,
        query =
                "select e from ReleaseEvaluation e where e.implantId = :implantId order by e.createdAt desc, e.id desc")
public class ReleaseEvaluation extends Recorded implements Audited {

    public static final String OF_IMPLANT = "ReleaseEvaluation.ofImplant";

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Column(name = "release_date", nullable = false, updatable = false)
    private LocalDate releaseDate;

    @Column(name = "specification_code", nullable = false, updatable = false)
    private String specificationCode;

    @Column(name = "specification_version", nullable = false, updatable = false)
    private String specificationVersion;

    @Column(name = "rule_set_version", nullable = false, updatable = false)
    private String ruleSetVersion;

    @Column(name = "facts_json", nullable = false, updatable = false)
    private String factsJson;

    @Column(name = "facts_sha256", nullable = false, updatable = false)
    private String factsSha256;

    @Column(name = "evidence_fingerprint", nullable = false, updatable = false)
    private String evidenceFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Verdict verdict;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<ReleaseFinding> findings = new ArrayList<>();

    protected ReleaseEvaluation() {}

    public ReleaseEvaluation(
            long implantId,
            LocalDate releaseDate,
            Evaluation evaluation,
            String factsJson,
            String factsSha256,
            String evidenceFingerprint,
            String user,
            Instant at) {
        this.implantId = implantId;
        this.releaseDate = releaseDate;
        this.specificationCode = evaluation.specificationCode();
        this.specificationVersion = evaluation.specificationVersion();
        this.ruleSetVersion = evaluation.ruleSetVersion().toString();
        this.factsJson = factsJson;
        this.factsSha256 = factsSha256;
        this.evidenceFingerprint = evidenceFingerprint;
        this.verdict = evaluation.releasable() ? Verdict.RELEASABLE : Verdict.NOT_RELEASABLE;
        int seq = 0;
        for (Finding finding : evaluation.findings()) {
            findings.add(new ReleaseFinding(this, seq++, finding));
        }
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "ReleaseEvaluation";
    }

    @Override
    public String label() {
        return specificationCode + " " + specificationVersion + " @ " + createdAt;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantId", implantId);
        state.put("releaseDate", releaseDate);
        state.put("specification", specificationCode + " " + specificationVersion);
        state.put("ruleSetVersion", ruleSetVersion);
        state.put("factsSha256", factsSha256);
        state.put("evidenceFingerprint", evidenceFingerprint);
        state.put("verdict", verdict);
        state.put("findings", findings.size());
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public LocalDate releaseDate() {
        return releaseDate;
    }

    public String specificationCode() {
        return specificationCode;
    }

    public String specificationVersion() {
        return specificationVersion;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public String factsJson() {
        return factsJson;
    }

    public String factsSha256() {
        return factsSha256;
    }

    public String evidenceFingerprint() {
        return evidenceFingerprint;
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<ReleaseFinding> findings() {
        return List.copyOf(findings);
    }
}
