package org.implantdhr.certificate.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.implantdhr.platform.entity.Recorded;

/**
 * One implant card or Annex XIII statement as handed out: each is signed when it is generated, so
 * each generation has its own bytes and SHA-256, kept so that any copy in circulation is
 * recognised. Never changed.
 */
@Entity
@Table(name = "implant_document_version")
@NamedQuery(
        name = ImplantDocumentVersion.WITH_SHA256,
        query =
                "select d from ImplantDocumentVersion d where d.sha256 = :sha256 order by d.id desc")
public class ImplantDocumentVersion extends Recorded {

    public static final String WITH_SHA256 = "ImplantDocumentVersion.withSha256";

    /** What the document is, in the words the verification answers with. */
    public enum Kind {
        IMPLANT_CARD("implant card"),
        ANNEX_XIII_STATEMENT("Annex XIII statement");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "template_version", nullable = false, updatable = false)
    private String templateVersion;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "renew_before", updatable = false)
    private Instant renewBefore;

    protected ImplantDocumentVersion() {}

    public ImplantDocumentVersion(
            long implantId,
            Kind kind,
            String templateVersion,
            byte[] pdf,
            String sha256,
            Instant renewBefore,
            Instant at,
            String by) {
        this.implantId = implantId;
        this.kind = kind;
        this.templateVersion = templateVersion;
        this.pdf = pdf;
        this.sha256 = sha256;
        this.renewBefore = renewBefore == null ? null : renewBefore.truncatedTo(ChronoUnit.MICROS);
        recordCreation(by, at);
    }

    public long implantId() {
        return implantId;
    }

    public Kind kind() {
        return kind;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] pdf() {
        return pdf;
    }

    public Instant renewBefore() {
        return renewBefore;
    }
}
