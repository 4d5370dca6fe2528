package org.implantdhr.vigilance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.certificate.control.CertificateRevocation;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.vigilance.control.FlagSnapshot;

/**
 * A QA manager's review of one group flagged by signal detection: the numbers the flag showed (its
 * {@link FlagSnapshot}), the conclusion, its reference where it has one, and why. E-signed (meaning
 * SIGNAL_REVIEW) over {@link #contentSha256()}, the hash of exactly these facts. Never changed: a
 * new review of the group supersedes it, and both are kept.
 */
@Entity
@Table(name = "vigilance_signal_review")
public class SignalFlagReview extends Recorded implements Audited {

    @Column(nullable = false, updatable = false)
    private String dimension;

    @Column(name = "group_key", nullable = false, updatable = false)
    private String groupKey;

    @Column(nullable = false, updatable = false)
    private int implants;

    @Column(name = "implants_with_event", nullable = false, updatable = false)
    private int implantsWithEvent;

    @Column(nullable = false, updatable = false)
    private int events;

    @Column(name = "implant_days", nullable = false, updatable = false)
    private long implantDays;

    @Column(name = "rate_per_100_years", updatable = false)
    private BigDecimal rate;

    @Column(name = "compared_with", nullable = false, updatable = false)
    private String comparedWith;

    @Column(name = "comparison_implants", nullable = false, updatable = false)
    private int comparisonImplants;

    @Column(name = "comparison_events", nullable = false, updatable = false)
    private int comparisonEvents;

    @Column(name = "comparison_implant_days", nullable = false, updatable = false)
    private long comparisonImplantDays;

    @Column(name = "comparison_rate", updatable = false)
    private BigDecimal comparisonRate;

    /** As shown (three significant digits), kept as text so that it reads back as it was. */
    @Column(name = "poisson_probability", updatable = false)
    private String poissonProbability;

    @Column(name = "rule_version", nullable = false, updatable = false)
    private String ruleVersion;

    @Column(name = "counted_to", nullable = false, updatable = false)
    private LocalDate countedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignalConclusion conclusion;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    @Column(name = "signature_id")
    private Long signatureId;

    protected SignalFlagReview() {}

    public SignalFlagReview(
            FlagSnapshot reviewed,
            SignalConclusion conclusion,
            String reference,
            String reason,
            String user,
            Instant at) {
        this.dimension = reviewed.dimension();
        this.groupKey = reviewed.group();
        this.implants = reviewed.implants();
        this.implantsWithEvent = reviewed.implantsWithEvent();
        this.events = reviewed.events();
        this.implantDays = reviewed.implantDays();
        this.rate = reviewed.ratePer100ImplantYears();
        this.comparedWith = reviewed.comparedWith();
        this.comparisonImplants = reviewed.comparisonImplants();
        this.comparisonEvents = reviewed.comparisonEvents();
        this.comparisonImplantDays = reviewed.comparisonImplantDays();
        this.comparisonRate = reviewed.comparisonRatePer100ImplantYears();
        this.poissonProbability =
                reviewed.poissonProbability() == null
                        ? null
                        : reviewed.poissonProbability().toString();
        this.ruleVersion = reviewed.ruleVersion();
        this.countedTo = reviewed.countedTo();
        this.conclusion = conclusion;
        this.reference = reference;
        this.reason = reason;
        recordCreation(user, at);
        this.contentSha256 = CertificateRevocation.sha256(CanonicalJson.of(signedContent()));
    }

    /** What the signature is bound to: the flag's numbers, the conclusion, why, by whom, when. */
    private Map<String, Object> signedContent() {
        var content = new LinkedHashMap<String, Object>();
        content.put("action", "SIGNAL_REVIEW");
        content.put("dimension", dimension);
        content.put("group", groupKey);
        content.put("implants", implants);
        content.put("implantsWithEvent", implantsWithEvent);
        content.put("events", events);
        content.put("implantDays", implantDays);
        content.put("ratePer100ImplantYears", rate == null ? null : rate.toPlainString());
        content.put("comparedWith", comparedWith);
        content.put("comparisonImplants", comparisonImplants);
        content.put("comparisonEvents", comparisonEvents);
        content.put("comparisonImplantDays", comparisonImplantDays);
        content.put(
                "comparisonRatePer100ImplantYears",
                comparisonRate == null ? null : comparisonRate.toPlainString());
        content.put("poissonProbability", poissonProbability);
        content.put("ruleVersion", ruleVersion);
        content.put("countedTo", countedTo.toString());
        content.put("conclusion", conclusion.name());
        content.put("reference", reference);
        content.put("reason", reason);
        content.put("reviewedBy", createdBy);
        content.put("reviewedAt", createdAt.toString());
        return content;
    }

    /** The numbers the flag showed when it was reviewed. */
    public FlagSnapshot reviewed() {
        return new FlagSnapshot(
                dimension,
                groupKey,
                implants,
                implantsWithEvent,
                events,
                implantDays,
                rate,
                comparedWith,
                comparisonImplants,
                comparisonEvents,
                comparisonImplantDays,
                comparisonRate,
                poissonProbability == null ? null : new BigDecimal(poissonProbability),
                ruleVersion,
                countedTo);
    }

    public void signedWith(long signatureId) {
        this.signatureId = signatureId;
    }

    @Override
    public String recordType() {
        return "SignalFlagReview";
    }

    @Override
    public String label() {
        return dimension + " " + groupKey;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("dimension", dimension);
        state.put("group", groupKey);
        state.put("implants", implants);
        state.put("implantsWithEvent", implantsWithEvent);
        state.put("events", events);
        state.put("implantDays", implantDays);
        state.put("ratePer100ImplantYears", rate);
        state.put("comparedWith", comparedWith);
        state.put("comparisonRatePer100ImplantYears", comparisonRate);
        state.put("ruleVersion", ruleVersion);
        state.put("countedTo", countedTo);
        state.put("conclusion", conclusion);
        state.put("reference", reference);
        state.put("reason", reason);
        state.put("contentSha256", contentSha256);
        state.put("signatureId", signatureId);
        return state;
    }

    public String dimension() {
        return dimension;
    }

    public String groupKey() {
        return groupKey;
    }

    public SignalConclusion conclusion() {
        return conclusion;
    }

    public String reference() {
        return reference;
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
}
