package org.implantdhr.web.powder;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/**
 * Receiving a powder lot with what its certificate says (values in the units the record keeps: wt
 * %, µm, s/50 g, g/cm³), attaching the supplier's certificate document to it, and preparing a batch
 * from lots.
 */
@Named
@RequestScoped
public class PowderForm {

    private static final Map<String, String> LOT_FIELDS =
            Map.ofEntries(
                    Map.entry("lotNumber", "lot:lotNumber"),
                    Map.entry("supplier", "lot:supplier"),
                    Map.entry("materialSpec", "lot:materialSpec"),
                    Map.entry("heatNumber", "lot:heatNumber"),
                    Map.entry("atomization", "lot:atomization"),
                    Map.entry("receivedOn", "lot:receivedOn"),
                    Map.entry("certificateLotNumber", "lot:certificateLotNumber"),
                    Map.entry("chemistry", "lot:chemistry-o"),
                    Map.entry("chemistry.O", "lot:chemistry-o"),
                    Map.entry("chemistry.Al", "lot:chemistry-al"),
                    Map.entry("chemistry.V", "lot:chemistry-v"),
                    Map.entry("chemistry.Fe", "lot:chemistry-fe"),
                    Map.entry("chemistry.C", "lot:chemistry-c"),
                    Map.entry("chemistry.N", "lot:chemistry-n"),
                    Map.entry("chemistry.H", "lot:chemistry-h"),
                    Map.entry("particleSize", "lot:d50"),
                    Map.entry("flow", "lot:hall"),
                    Map.entry("apparentDensity", "lot:apparentDensity"),
                    Map.entry("tapDensity", "lot:tapDensity"));
    private static final Map<String, String> BATCH_FIELDS =
            Map.of(
                    "batchNumber",
                    "batch:batchNumber",
                    "powderType",
                    "batch:powderType",
                    "virginUsedRatio",
                    "batch:virginUsedRatio",
                    "reuseCount",
                    "batch:reuseCount",
                    "inhouseOxygen",
                    "batch:inhouseOxygen",
                    "sievedOn",
                    "batch:sievedOn",
                    "lots",
                    "batch:lots");
    private static final Map<String, String> CERTIFICATE_FIELDS =
            Map.of(
                    "lotNumber",
                    "certificate:lot",
                    "file",
                    "certificate:file",
                    "reason",
                    "certificate:reason");

    /** The elements shown with an attached certificate: what the lot's release checks rest on. */
    private static final List<Chemistry.Element> KEY_ELEMENTS =
            List.of(
                    Chemistry.Element.O,
                    Chemistry.Element.N,
                    Chemistry.Element.H,
                    Chemistry.Element.FE,
                    Chemistry.Element.C,
                    Chemistry.Element.AL,
                    Chemistry.Element.V);

    @EJB PowderLots lots;

    @EJB PowderBatches batches;

    @EJB Suppliers suppliers;

    @Inject Uploads uploads;

    @Inject FacesContext faces;

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

    private String certificateLot;
    private String certificateReason;
    private Part certificateFile;
    private String shownLotNumber;
    private PowderLot shownLot;

    /**
     * The lot named in the address (?lot=) is shown with its certificate and preset in the
     * certificate form.
     */
    @jakarta.annotation.PostConstruct
    void lotFromAddress() {
        shownLotNumber = faces.getExternalContext().getRequestParameterMap().get("lot");
        certificateLot = shownLotNumber;
    }

    public String receiveLot() {
        var wtPct = new EnumMap<Chemistry.Element, BigDecimal>(Chemistry.Element.class);
        chemistry.forEach(
                (element, value) -> {
                    if (value != null) {
                        wtPct.put(Chemistry.Element.valueOf(element), value);
                    }
                });
        var data =
                new PowderLotData(
                        lotNumber,
                        supplier,
                        materialSpec,
                        heatNumber,
                        atomization,
                        receivedOn,
                        certificateLotNumber,
                        new Chemistry(wtPct),
                        new PowderProperties(
                                d10, d50, d90, null, hall, null, apparentDensity, tapDensity));
        return PageErrors.of(LOT_FIELDS)
                .attempt(
                        () -> {
                            lots.receive(data);
                            return "/work/powder?faces-redirect=true";
                        },
                        "Powder lot " + lotNumber + " received.");
    }

    public String prepareBatch() {
        var failures = PageErrors.of(BATCH_FIELDS);
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
                failures.onField(
                        "lots",
                        "Line "
                                + line
                                + ": write the lot number and its mass fraction, e.g. “PL-2026-01 0.5”.");
                return null;
            }
        }
        return failures.attempt(
                () -> {
                    batches.prepare(
                            batchNumber,
                            PowderType.valueOf(powderType),
                            virginUsedRatio,
                            reuseCount == null ? 0 : reuseCount,
                            inhouseOxygen,
                            sievedOn,
                            shares);
                    return "/work/powder?faces-redirect=true";
                },
                "Powder batch " + batchNumber + " prepared.");
    }

    /**
     * Stores the certificate document byte for byte with the lot (PowderLots.attachCertificate, as
     * the API does); replacing an attached one needs a reason. A refusal leaves nothing stored.
     */
    public String attachCertificate() {
        var failures = PageErrors.of(CERTIFICATE_FIELDS);
        if (!failures.fileChosen(certificateFile, "file")) {
            return null;
        }
        if (lots.find(certificateLot).isEmpty()) {
            failures.onField(
                    "lotNumber",
                    "No powder lot '" + certificateLot + "' is recorded; receive it first.");
            return null;
        }
        String fileName = Uploads.fileNameOf(certificateFile);
        return failures.attempt(
                () -> {
                    lots.attachCertificate(
                            certificateLot,
                            fileName,
                            uploads.bytesOf(certificateFile),
                            blankToNull(certificateReason));
                    return "/work/powder?faces-redirect=true&lot="
                            + URLEncoder.encode(certificateLot, StandardCharsets.UTF_8);
                },
                "Certificate " + fileName + " attached to powder lot " + certificateLot + ".");
    }

    /** The lot named in the address, or null. */
    public PowderLot getShownLot() {
        if (shownLot == null && shownLotNumber != null && !shownLotNumber.isBlank()) {
            shownLot = lots.find(shownLotNumber).orElse(null);
        }
        return shownLot;
    }

    /** The key elements of the shown lot's recorded chemistry, e.g. "O 0.12, N 0.02, Al 6.1". */
    public String getShownChemistry() {
        PowderLot lot = getShownLot();
        if (lot == null) {
            return "";
        }
        return KEY_ELEMENTS.stream()
                .filter(e -> lot.chemistry().of(e) != null)
                .map(e -> symbol(e) + " " + lot.chemistry().of(e).toPlainString())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String symbol(Chemistry.Element element) {
        String name = element.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public Map<String, BigDecimal> getChemistry() {
        return chemistry;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getMaterialSpec() {
        return materialSpec;
    }

    public void setMaterialSpec(String materialSpec) {
        this.materialSpec = materialSpec;
    }

    public String getHeatNumber() {
        return heatNumber;
    }

    public void setHeatNumber(String heatNumber) {
        this.heatNumber = heatNumber;
    }

    public String getAtomization() {
        return atomization;
    }

    public void setAtomization(String atomization) {
        this.atomization = atomization;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getCertificateLotNumber() {
        return certificateLotNumber;
    }

    public void setCertificateLotNumber(String certificateLotNumber) {
        this.certificateLotNumber = certificateLotNumber;
    }

    public BigDecimal getD10() {
        return d10;
    }

    public void setD10(BigDecimal d10) {
        this.d10 = d10;
    }

    public BigDecimal getD50() {
        return d50;
    }

    public void setD50(BigDecimal d50) {
        this.d50 = d50;
    }

    public BigDecimal getD90() {
        return d90;
    }

    public void setD90(BigDecimal d90) {
        this.d90 = d90;
    }

    public BigDecimal getHall() {
        return hall;
    }

    public void setHall(BigDecimal hall) {
        this.hall = hall;
    }

    public BigDecimal getApparentDensity() {
        return apparentDensity;
    }

    public void setApparentDensity(BigDecimal apparentDensity) {
        this.apparentDensity = apparentDensity;
    }

    public BigDecimal getTapDensity() {
        return tapDensity;
    }

    public void setTapDensity(BigDecimal tapDensity) {
        this.tapDensity = tapDensity;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public void setBatchNumber(String batchNumber) {
        this.batchNumber = batchNumber;
    }

    public String getPowderType() {
        return powderType;
    }

    public void setPowderType(String powderType) {
        this.powderType = powderType;
    }

    public String getVirginUsedRatio() {
        return virginUsedRatio;
    }

    public void setVirginUsedRatio(String virginUsedRatio) {
        this.virginUsedRatio = virginUsedRatio;
    }

    public Integer getReuseCount() {
        return reuseCount;
    }

    public void setReuseCount(Integer reuseCount) {
        this.reuseCount = reuseCount;
    }

    public BigDecimal getInhouseOxygen() {
        return inhouseOxygen;
    }

    public void setInhouseOxygen(BigDecimal inhouseOxygen) {
        this.inhouseOxygen = inhouseOxygen;
    }

    public LocalDate getSievedOn() {
        return sievedOn;
    }

    public void setSievedOn(LocalDate sievedOn) {
        this.sievedOn = sievedOn;
    }

    public String getCertificateLot() {
        return certificateLot;
    }

    public void setCertificateLot(String certificateLot) {
        this.certificateLot = certificateLot;
    }

    public String getCertificateReason() {
        return certificateReason;
    }

    public void setCertificateReason(String certificateReason) {
        this.certificateReason = certificateReason;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }

    public String getBatchLots() {
        return batchLots;
    }

    public void setBatchLots(String batchLots) {
        this.batchLots = batchLots;
    }
}
