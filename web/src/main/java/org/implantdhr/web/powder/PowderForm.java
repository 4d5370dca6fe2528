package org.implantdhr.web.powder;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.implantdhr.powder.boundary.PowderBatches;
import org.implantdhr.powder.boundary.PowderLotData;
import org.implantdhr.powder.boundary.PowderLots;
import org.implantdhr.powder.boundary.Suppliers;
import org.implantdhr.powder.entity.ApprovedSupplier;
import org.implantdhr.powder.entity.Chemistry;
import org.implantdhr.powder.entity.PowderBatch;
import org.implantdhr.powder.entity.PowderLot;
import org.implantdhr.powder.entity.PowderProperties;
import org.implantdhr.powder.entity.PowderType;
import org.implantdhr.web.platform.FormFailures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Receiving a powder lot with what its certificate says (values in the units the record keeps: wt %, µm, s/50 g,
 * g/cm³), and preparing a batch from lots.
 */
@Named
@RequestScoped
public class PowderForm {

    private static final Map<String, String> LOT_FIELDS = Map.ofEntries(Map.entry("lotNumber", "lot:lotNumber"),
            Map.entry("supplier", "lot:supplier"), Map.entry("materialSpec", "lot:materialSpec"),
            Map.entry("heatNumber", "lot:heatNumber"), Map.entry("atomization", "lot:atomization"),
            Map.entry("receivedOn", "lot:receivedOn"), Map.entry("certificateLotNumber", "lot:certificateLotNumber"),
            Map.entry("chemistry", "lot:chemistry-o"), Map.entry("chemistry.O", "lot:chemistry-o"), Map.entry("chemistry.Al", "lot:chemistry-al"), Map.entry("chemistry.V", "lot:chemistry-v"), Map.entry("chemistry.Fe", "lot:chemistry-fe"), Map.entry("chemistry.C", "lot:chemistry-c"), Map.entry("chemistry.N", "lot:chemistry-n"), Map.entry("chemistry.H", "lot:chemistry-h"), Map.entry("particleSize", "lot:d50"),
            Map.entry("flow", "lot:hall"), Map.entry("apparentDensity", "lot:apparentDensity"),
            Map.entry("tapDensity", "lot:tapDensity"));
    private static final Map<String, String> BATCH_FIELDS = Map.of("batchNumber", "batch:batchNumber",
            "powderType", "batch:powderType", "virginUsedRatio", "batch:virginUsedRatio", "reuseCount", "batch:reuseCount",
            "inhouseOxygen", "batch:inhouseOxygen", "sievedOn", "batch:sievedOn", "lots", "batch:lots");

    @EJB
    PowderLots lots;

    @EJB
    PowderBatches batches;

    @EJB
    Suppliers suppliers;

    @Inject
    FacesContext faces;

    private String lotNumber;
    private String supplier;
    private String materialSpec = "ASTM F3001 Grade 23";
    private String heatNumber;
    private String atomization;
    private LocalDate receivedOn;
    private String certificateLotNumber;
    private final Map<String, BigDecimal> chemistry = new LinkedHashMap<>();
    private BigDecimal d10;
    private BigDecimal d50;
    private BigDecimal d90;
    private BigDecimal hall;
    private BigDecimal apparentDensity;
    private BigDecimal tapDensity;

    private String batchNumber;
    private String powderType = PowderType.VIRGIN.name();
    private String virginUsedRatio;
    private Integer reuseCount = 0;
    private BigDecimal inhouseOxygen;
    private LocalDate sievedOn;
    private String batchLots;

    public String receiveLot() {
        var wtPct = new EnumMap<Chemistry.Element, BigDecimal>(Chemistry.Element.class);
        chemistry.forEach((element, value) -> {
            if (value != null) {
                wtPct.put(Chemistry.Element.valueOf(element), value);
            }
        });
        var data = new PowderLotData(lotNumber, supplier, materialSpec, heatNumber, atomization, receivedOn,
                certificateLotNumber, new Chemistry(wtPct),
                new PowderProperties(d10, d50, d90, null, hall, null, apparentDensity, tapDensity));
        return new FormFailures(faces, LOT_FIELDS).attempt(() -> {
            lots.receive(data);
            return "/work/powder?faces-redirect=true";
        }, "Powder lot " + lotNumber + " received.");
    }

    public String prepareBatch() {
        var failures = new FormFailures(faces, BATCH_FIELDS);
        var shares = new LinkedHashMap<String, BigDecimal>();
        int line = 0;
        for (String text : batchLots == null ? new String[0] : batchLots.split("\\R")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.strip().split("[\\s,;]+");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                shares.put(parts[0], new BigDecimal(parts[1]));
            } catch (NumberFormatException e) {
                failures.onField("lots", "Line " + line + ": write the lot number and its mass fraction, e.g. “PL-2026-01 0.5”.");
                return null;
            }
        }
        return failures.attempt(() -> {
            batches.prepare(batchNumber, PowderType.valueOf(powderType), virginUsedRatio,
                    reuseCount == null ? 0 : reuseCount, inhouseOxygen, sievedOn, shares);
            return "/work/powder?faces-redirect=true";
        }, "Powder batch " + batchNumber + " prepared.");
    }

    public List<PowderLot> getRecentLots() {
        return lots.recent(15);
    }

    public List<PowderBatch> getRecentBatches() {
        return batches.recent(15);
    }

    public List<ApprovedSupplier> getSuppliers() {
        return suppliers.all();
    }

    public List<String> getElements() {
        return List.of("AL", "V", "FE", "O", "C", "N", "H");
    }

    public PowderType[] getPowderTypes() {
        return PowderType.values();
    }

    public Map<String, BigDecimal> getChemistry() { return chemistry; }
    public String getLotNumber() { return lotNumber; }
    public void setLotNumber(String lotNumber) { this.lotNumber = lotNumber; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public String getMaterialSpec() { return materialSpec; }
    public void setMaterialSpec(String materialSpec) { this.materialSpec = materialSpec; }
    public String getHeatNumber() { return heatNumber; }
    public void setHeatNumber(String heatNumber) { this.heatNumber = heatNumber; }
    public String getAtomization() { return atomization; }
    public void setAtomization(String atomization) { this.atomization = atomization; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getCertificateLotNumber() { return certificateLotNumber; }
    public void setCertificateLotNumber(String certificateLotNumber) { this.certificateLotNumber = certificateLotNumber; }
    public BigDecimal getD10() { return d10; }
    public void setD10(BigDecimal d10) { this.d10 = d10; }
    public BigDecimal getD50() { return d50; }
    public void setD50(BigDecimal d50) { this.d50 = d50; }
    public BigDecimal getD90() { return d90; }
    public void setD90(BigDecimal d90) { this.d90 = d90; }
    public BigDecimal getHall() { return hall; }
    public void setHall(BigDecimal hall) { this.hall = hall; }
    public BigDecimal getApparentDensity() { return apparentDensity; }
    public void setApparentDensity(BigDecimal apparentDensity) { this.apparentDensity = apparentDensity; }
    public BigDecimal getTapDensity() { return tapDensity; }
    public void setTapDensity(BigDecimal tapDensity) { this.tapDensity = tapDensity; }
    public String getBatchNumber() { return batchNumber; }
    public void setBatchNumber(String batchNumber) { this.batchNumber = batchNumber; }
    public String getPowderType() { return powderType; }
    public void setPowderType(String powderType) { this.powderType = powderType; }
    public String getVirginUsedRatio() { return virginUsedRatio; }
    public void setVirginUsedRatio(String virginUsedRatio) { this.virginUsedRatio = virginUsedRatio; }
    public Integer getReuseCount() { return reuseCount; }
    public void setReuseCount(Integer reuseCount) { this.reuseCount = reuseCount; }
    public BigDecimal getInhouseOxygen() { return inhouseOxygen; }
    public void setInhouseOxygen(BigDecimal inhouseOxygen) { this.inhouseOxygen = inhouseOxygen; }
    public LocalDate getSievedOn() { return sievedOn; }
    public void setSievedOn(LocalDate sievedOn) { this.sievedOn = sievedOn; }
    public String getBatchLots() { return batchLots; }
    public void setBatchLots(String batchLots) { this.batchLots = batchLots; }
}
