package org.implantdhr.component.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A lot of bought-in separation plates (polyester or PTFE), identified by supplier, catalogue
 * number and lot (ISO 13485 7.5.9.2): CMP-LOT, CMP-EXPIRY and CMP-STERILE are judged on it.
 */
@Entity
@Table(name = "component_lot")
@NamedQuery(
        name = ComponentLot.BY_KEY,
        query =
                "select l from ComponentLot l where l.supplier = :supplier"
                        + " and l.catalogueNumber = :catalogueNumber and l.lotNumber = :lotNumber")
public class ComponentLot extends Recorded implements Audited {

    public static final String BY_KEY = "ComponentLot.byKey";

    @Column(nullable = false, updatable = false)
    private String supplier;

    @Column(name = "catalogue_number", nullable = false, updatable = false)
    private String catalogueNumber;

    @Column(name = "lot_number", nullable = false, updatable = false)
    private String lotNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlateMaterial material;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(nullable = false)
    private boolean sterile;

    @Column(name = "sterilisation_method")
    private String sterilisationMethod;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conformance_file_id")
    private EvidenceFile conformanceCertificate;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    protected ComponentLot() {}

    public ComponentLot(
            String supplier,
            String catalogueNumber,
            String lotNumber,
            PlateMaterial material,
            LocalDate expiryDate,
            boolean sterile,
            String sterilisationMethod,
            String user,
            Instant at) {
        if (sterile && (sterilisationMethod == null || sterilisationMethod.isBlank())) {
            throw new InvalidRequestException(
                    "sterilisationMethod",
                    "A lot bought sterile names its sterilisation method (such as EO or gamma)");
        }
        this.supplier = supplier;
        this.catalogueNumber = catalogueNumber;
        this.lotNumber = lotNumber;
        this.material = material;
        this.expiryDate = expiryDate;
        this.sterile = sterile;
        this.sterilisationMethod =
                sterilisationMethod == null || sterilisationMethod.isBlank()
                        ? null
                        : sterilisationMethod.strip();
        recordCreation(user, at);
    }

    public void attachConformanceCertificate(EvidenceFile certificate) {
        this.conformanceCertificate = certificate;
    }

    public boolean expiredOn(LocalDate date) {
        return date.isAfter(expiryDate);
    }

    @Override
    public String recordType() {
        return "ComponentLot";
    }

    @Override
    public String label() {
        return supplier + " " + catalogueNumber + " " + lotNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("supplier", supplier);
        state.put("catalogueNumber", catalogueNumber);
        state.put("lotNumber", lotNumber);
        state.put("material", material);
        state.put("expiryDate", expiryDate);
        state.put("sterile", sterile);
        state.put("sterilisationMethod", sterilisationMethod);
        state.put(
                "conformanceCertificate",
                conformanceCertificate == null ? null : conformanceCertificate.sha256());
        state.put("recalledAt", recalledAt);
        return state;
    }

    public String supplier() {
        return supplier;
    }

    public String catalogueNumber() {
        return catalogueNumber;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public PlateMaterial material() {
        return material;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public boolean sterile() {
        return sterile;
    }

    public String sterilisationMethod() {
        return sterilisationMethod;
    }

    public EvidenceFile conformanceCertificate() {
        return conformanceCertificate;
    }

    public Instant recalledAt() {
        return recalledAt;
    }
}
