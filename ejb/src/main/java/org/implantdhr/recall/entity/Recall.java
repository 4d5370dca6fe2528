package org.implantdhr.recall.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A recall of a lot, build or heat-treatment run: why, by whom under which e-signature, and every
 * implant it reached with the certificate it revoked. Never changed after the transaction that
 * makes it.
 */
@Entity
@Table(name = "recall")
public class Recall extends Recorded implements Audited {

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", nullable = false, updatable = false)
    private RecallOrigin origin;

    @Column(name = "origin_key", nullable = false, updatable = false)
    private String originKey;

    @Column(nullable = false, updatable = false)
    private String reason;

    /** SHA-256 of the canonical content the signature is bound to. */
    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    /**
     * Set in the creating transaction, right after the signature (which names this recall's id) is
     * made.
     */
    @Column(name = "signature_id")
    private Long signatureId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recall_implant", joinColumns = @JoinColumn(name = "recall_id"))
    @OrderBy("serialNumber")
    private List<RecalledImplant> implants = new ArrayList<>();

    protected Recall() {}

    public Recall(
            RecallOrigin origin,
            String originKey,
            String reason,
            String contentSha256,
            List<RecalledImplant> implants,
            String user,
            Instant at) {
        this.origin = origin;
        this.originKey = originKey;
        this.reason = reason;
        this.contentSha256 = contentSha256;
        this.implants = new ArrayList<>(implants);
        recordCreation(user, at);
    }

    public void signedWith(long signatureId) {
        this.signatureId = signatureId;
    }

    @Override
    public String recordType() {
        return "Recall";
    }

    @Override
    public String label() {
        return "recall of " + origin.label() + " " + originKey;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("origin", origin);
        state.put("originKey", originKey);
        state.put("reason", reason);
        state.put("contentSha256", contentSha256);
        state.put("signatureId", signatureId);
        state.put("implants", implants.stream().map(RecalledImplant::state).toList());
        return state;
    }

    public RecallOrigin origin() {
        return origin;
    }

    public String originKey() {
        return originKey;
    }

    public String reason() {
        return reason;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public Long signatureId() {
        return signatureId;
    }

    public List<RecalledImplant> implants() {
        return List.copyOf(implants);
    }
}
