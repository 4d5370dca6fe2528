package org.implantdhr.casefile.entity;

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
import org.implantdhr.identity.entity.ElectronicSignature;

/**
 * A design approved in one role by an e-signature whose signed hash is the design file's SHA-256:
 * the approval holds for exactly those bytes. Made once per role and never changed.
 */
@Entity
@Table(name = "design_approval")
public class DesignApproval {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "design_id", updatable = false)
    private Design design;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_role", nullable = false, updatable = false)
    private ApproverRole approverRole;

    @ManyToOne(optional = false)
    @JoinColumn(name = "signature_id", updatable = false)
    private ElectronicSignature signature;

    protected DesignApproval() {}

    public DesignApproval(Design design, ApproverRole approverRole, ElectronicSignature signature) {
        this.design = design;
        this.approverRole = approverRole;
        this.signature = signature;
        design.approvedBy(this);
    }

    /** True when the signature is bound to the file this design holds now. */
    public boolean bindsCurrentFile() {
        return design.sha256().equals(signature.signedHash());
    }

    public Long id() {
        return id;
    }

    public Design design() {
        return design;
    }

    public ApproverRole approverRole() {
        return approverRole;
    }

    public ElectronicSignature signature() {
        return signature;
    }

    public String signerUsername() {
        return signature.signer().username();
    }

    public String printedName() {
        return signature.printedName();
    }

    public Instant signedAt() {
        return signature.signedAt();
    }
}
