package org.implantdhr.evidence.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;

/**
 * A file exactly as it was uploaded — a machine's build log, a furnace chart, a supplier
 * certificate, a design — with its SHA-256. Never changed: a corrected file is a new file.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile implements Audited {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, nullable = false)
    private EvidenceKind kind;

    @Column(name = "file_name", updatable = false, nullable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false, nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false, nullable = false)
    private long sizeBytes;

    @Column(updatable = false, nullable = false)
    private String sha256;

    /** Loaded only when someone downloads the file, never with the record it belongs to. */
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false, nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", updatable = false, nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", updatable = false, nullable = false)
    private String uploadedBy;

    protected EvidenceFile() {}

    public EvidenceFile(
            EvidenceKind kind,
            String fileName,
            String mediaType,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String recordType() {
        return "EvidenceFile";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return fileName;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("kind", kind);
        state.put("fileName", fileName);
        state.put("mediaType", mediaType);
        state.put("sizeBytes", sizeBytes);
        state.put("sha256", sha256);
        return state;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * The media type of its kind: files kept before the product determined it were stored with
     * whatever their uploader declared, which is never served.
     */
    public String mediaType() {
        return kind.mediaType();
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
