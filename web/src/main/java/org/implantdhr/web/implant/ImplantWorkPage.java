package org.implantdhr.web.implant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.web.platform.PageErrors;

/**
 * One implant as the plant works on it (/work/implant?serial=): the separation-plate lot fitted to
 * it and its measured mass, through the same boundary calls as POST /api/implants/{s}/component and
 * /mass. A second value replaces the first only with a reason; the component refuses it otherwise
 * and nothing changes.
 */
@Named
@RequestScoped
public class ImplantWorkPage {

    private static final int LOTS_OFFERED = 500;
    private static final Map<String, String> PLATE_FIELDS =
            Map.of(
                    "supplier",
                    "plate:supplier",
                    "catalogueNumber",
                    "plate:catalogueNumber",
                    "lotNumber",
                    "plate:lotNumber",
                    "reason",
                    "plate:reason");
    private static final Map<String, String> MASS_FIELDS =
            Map.of("measuredMass", "mass:mass", "reason", "mass:reason");

    @EJB Implants implants;

    @EJB ComponentLots componentLots;

    @Inject ImplantLines lines;

    @Inject FacesContext faces;

    private String serial;
    private Optional<ImplantLine> implant;
    private List<ComponentLot> lots;

    private String supplier;
    private String catalogueNumber;
    private String lotNumber;
    private String plateReason;

    private BigDecimal massG;
    private String massReason;

    /**
     * The implant comes with the address (?serial=) and, on a post, with the form's hidden field of
     * the same name.
     */
    @PostConstruct
    void serialFromRequest() {
        serial = faces.getExternalContext().getRequestParameterMap().get("serial");
    }

    public String fitPlate() {
        return PageErrors.of(PLATE_FIELDS)
                .attempt(
                        () -> {
                            var lot =
                                    componentLots.referenced(
                                            supplier, catalogueNumber, lotNumber, "lotNumber");
                            implants.fitComponent(serial, lot.id(), blankToNull(plateReason));
                            return self();
                        },
                        "Separation-plate lot "
                                + lotNumber
                                + " recorded for implant "
                                + serial
                                + ".");
    }

    public String weigh() {
        return PageErrors.of(MASS_FIELDS)
                .attempt(
                        () -> {
                            implants.weigh(serial, massG, blankToNull(massReason));
                            return self();
                        },
                        "Mass of implant "
                                + serial
                                + " recorded: "
                                + (massG == null ? "" : massG.toPlainString())
                                + " g.");
    }

    private String self() {
        return "/work/implant?faces-redirect=true&serial="
                + URLEncoder.encode(serial, StandardCharsets.UTF_8);
    }

    public ImplantLine getImplant() {
        if (implant == null) {
            implant = lines.find(serial);
        }
        return implant.orElse(null);
    }

    /** The received plate lots, for the fields' suggestions. */
    public List<ComponentLot> getLots() {
        if (lots == null) {
            lots = componentLots.all(0, LOTS_OFFERED);
        }
        return lots;
    }

    public List<String> getSuppliers() {
        return getLots().stream().map(ComponentLot::supplier).distinct().toList();
    }

    public List<String> getCatalogueNumbers() {
        return getLots().stream().map(ComponentLot::catalogueNumber).distinct().toList();
    }

    public String getSerial() {
        return serial;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getCatalogueNumber() {
        return catalogueNumber;
    }

    public void setCatalogueNumber(String catalogueNumber) {
        this.catalogueNumber = catalogueNumber;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    public String getPlateReason() {
        return plateReason;
    }

    public void setPlateReason(String plateReason) {
        this.plateReason = plateReason;
    }

    public BigDecimal getMassG() {
        return massG;
    }

    public void setMassG(BigDecimal massG) {
        this.massG = massG;
    }

    public String getMassReason() {
        return massReason;
    }

    public void setMassReason(String massReason) {
        this.massReason = massReason;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
