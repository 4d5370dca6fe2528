package org.implantdhr.powder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/** A lot of Ti-6Al-4V ELI powder as received, with what its supplier certificate says about it. */
@Entity
@Table(name = "powder_lot")
@NamedQuery(
        name = PowderLot.BY_NUMBER,
        query = "select l from PowderLot l where l.lotNumber = :lotNumber")
public class PowderLot extends Recorded implements Audited {

    public static final String BY_NUMBER = "PowderLot.byNumber";

    @Column(name = "lot_number", nullable = false, updatable = false)
    private String lotNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private ApprovedSupplier supplier;

    @Column(name = "material_spec", nullable = false)
    private String materialSpec;

    @Column(name = "heat_number")
    private String heatNumber;

    private String atomization;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_file_id")
    private EvidenceFile certificate;

    @Column(name = "certificate_lot_number")
    private String certificateLotNumber;

    @Embedded private Chemistry chemistry;

    @Embedded private PowderProperties properties;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    protected PowderLot() {}

    public PowderLot(String lotNumber, ApprovedSupplier supplier, String user, Instant at) {
        this.lotNumber = lotNumber;
        this.supplier = supplier;
        recordCreation(user, at);
    }

    /**
     * What the certificate and the incoming inspection say; set on receipt, and again only for a
     * reason.
     */
    public void describe(
            String materialSpec,
            String heatNumber,
            String atomization,
            LocalDate receivedOn,
            String certificateLotNumber,
            Chemistry chemistry,
            PowderProperties properties) {
        this.materialSpec = materialSpec;
        this.heatNumber = heatNumber;
        this.atomization = atomization;
        this.receivedOn = receivedOn;
        this.certificateLotNumber = certificateLotNumber;
        this.chemistry = chemistry;
        this.properties = properties;
    }

    public void attachCertificate(EvidenceFile certificate) {
        this.certificate = certificate;
    }

    public void recall(Instant at) {
        this.recalledAt = at;
    }

    @Override
    public String recordType() {
        return "PowderLot";
    }

    @Override
    public String label() {
        return lotNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("lotNumber", lotNumber);
        state.put("supplier", supplier.name());
        state.put("materialSpec", materialSpec);
        state.put("heatNumber", heatNumber);
        state.put("atomization", atomization);
        state.put("receivedOn", receivedOn);
        state.put("certificateLotNumber", certificateLotNumber);
        state.put("certificateFile", certificate == null ? null : certificate.sha256());
        chemistry().wtPct().forEach((element, value) -> state.put("chemistry." + element, value));
        PowderProperties properties = properties();
        state.put("d10Um", properties.d10Um());
        state.put("d50Um", properties.d50Um());
        state.put("d90Um", properties.d90Um());
        state.put("oversizeWtPct", properties.oversizeWtPct());
        state.put("hallFlowS", properties.hallFlowS());
        state.put("carneyFlowS", properties.carneyFlowS());
        state.put("apparentDensity", properties.apparentDensity());
        state.put("tapDensity", properties.tapDensity());
        state.put("recalledAt", recalledAt);
        return state;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public ApprovedSupplier supplier() {
        return supplier;
    }

    public String materialSpec() {
        return materialSpec;
    }

    public String heatNumber() {
        return heatNumber;
    }

    public String atomization() {
        return atomization;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public EvidenceFile certificate() {
        return certificate;
    }

    public String certificateLotNumber() {
        return certificateLotNumber;
    }

    /**
     * Never null: a lot recorded without any chemistry reads back (from all-null columns) as an
     * empty one.
     */
    public Chemistry chemistry() {
        return chemistry == null ? new Chemistry(Map.of()) : chemistry;
    }

    /** Never null, like {@link #chemistry()}. */
    public PowderProperties properties() {
        return properties == null
                ? new PowderProperties(null, null, null, null, null, null, null, null)
                : properties;
    }

    public Instant recalledAt() {
        return recalledAt;
    }
}
