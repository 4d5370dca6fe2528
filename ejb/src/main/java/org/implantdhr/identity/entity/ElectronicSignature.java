package org.implantdhr.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.entity.Audited;

/**
 * An electronic signature: who (printed name), when (UTC, and the zone to show it in), what it
 * means, and the SHA-256 of exactly what was signed (21 CFR 11.50, 11.70). Never changed after it
 * is made.
 */
@Entity
@Table(name = "electronic_signature")
public class ElectronicSignature implements Audited {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "signer_id", updatable = false)
    private UserAccount signer;

    @Column(name = "printed_name", nullable = false, updatable = false)
    private String printedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignatureMeaning meaning;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "zone_id", nullable = false, updatable = false)
    private String zoneId;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "signed_hash", nullable = false, updatable = false)
    private String signedHash;

    protected ElectronicSignature() {}

    public ElectronicSignature(
            UserAccount signer,
            SignatureMeaning meaning,
            Instant signedAt,
            ZoneId zone,
            String subjectType,
            long subjectId,
            String signedHash) {
        this.signer = signer;
        this.printedName = signer.fullName();
        this.meaning = meaning;
        this.signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
        this.zoneId = zone.getId();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.signedHash = signedHash;
    }

    /**
     * The manifestation shown wherever the signed record is shown: name, local date and time with
     * zone, meaning.
     */
    public String manifestation() {
        return printedName + ", " + IsoTime.of(signedAt, zoneId) + ", " + meaning;
    }

    public ZonedDateTime signedAtLocal() {
        return signedAt.atZone(ZoneId.of(zoneId));
    }

    @Override
    public String recordType() {
        return "ElectronicSignature";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return meaning + " " + subjectType + " " + subjectId;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("signer", signer.username());
        state.put("printedName", printedName);
        state.put("meaning", meaning);
        state.put("signedAt", signedAtLocal());
        state.put("subjectType", subjectType);
        state.put("subjectId", subjectId);
        state.put("signedHash", signedHash);
        return state;
    }

    public UserAccount signer() {
        return signer;
    }

    public String printedName() {
        return printedName;
    }

    public SignatureMeaning meaning() {
        return meaning;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String zoneId() {
        return zoneId;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String signedHash() {
        return signedHash;
    }
}
