package org.implantdhr.web.implantation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.boundary.OperationRecord;
import org.implantdhr.implantation.control.SerialInput;
import org.implantdhr.implantation.entity.SternumResection;
import org.implantdhr.web.platform.PageErrors;

/**
 * The theatre's page: the serial typed or the certificate's QR code scanned (a scanner types the
 * code's text, the verification address, into the first field), the plate lot used, the resection
 * and the stay. The checks are the implantation component's; a refusal shows at its field.
 */
@Named
@RequestScoped
public class OperationForm {

    private static final Map<String, String> FIELDS =
            Map.ofEntries(
                    Map.entry("serialNumber", "operation:serial"),
                    Map.entry("operatedAt", "operation:operatedAt"),
                    Map.entry("durationMinutes", "operation:durationMinutes"),
                    Map.entry("plateLotNumber", "operation:plateLot"),
                    Map.entry("ribsResected", "operation:ribsResected"),
                    Map.entry("ribLevels", "operation:ribLevels"),
                    Map.entry("sternumResection", "operation:sternumResection"),
                    Map.entry("defectLengthMm", "operation:defectLengthMm"),
                    Map.entry("defectWidthMm", "operation:defectWidthMm"),
                    Map.entry("admissionDate", "operation:admissionDate"),
                    Map.entry("dischargeDate", "operation:dischargeDate"));

    /** Separates supplier, catalogue number and lot in a plate lot's choice. */
    private static final String SEP = "|";

    @EJB Implantations implantations;

    private String serial;
    private LocalDateTime operatedAt;
    private Integer durationMinutes;
    private String plateLot;
    private Integer ribsResected;
    private String ribLevels;
    private String sternumResection = SternumResection.NONE.name();
    private BigDecimal defectLengthMm;
    private BigDecimal defectWidthMm;
    private LocalDate admissionDate;
    private LocalDate dischargeDate;
    private List<Implant> awaiting;
    private List<ComponentLot> plateLots;

    public String record() {
        String[] lot = plateLot == null ? new String[0] : plateLot.split("\\" + SEP, -1);
        var r =
                new OperationRecord(
                        serial,
                        operatedAt == null ? null : operatedAt.toInstant(ZoneOffset.UTC),
                        durationMinutes,
                        lot.length == 3 ? lot[0] : null,
                        lot.length == 3 ? lot[1] : null,
                        lot.length == 3 ? lot[2] : null,
                        ribsResected,
                        ribLevels,
                        sternumResection == null
                                ? null
                                : SternumResection.valueOf(sternumResection),
                        defectLengthMm,
                        defectWidthMm,
                        admissionDate,
                        dischargeDate);
        String recorded = SerialInput.serialOf(serial);
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            implantations.implant(r);
                            return "/followup/patient?faces-redirect=true&serial="
                                    + URLEncoder.encode(recorded, StandardCharsets.UTF_8);
                        },
                        "Operation recorded: implant "
                                + recorded
                                + " is IMPLANTED and its follow-up is scheduled.");
    }

    public List<Implant> getAwaiting() {
        if (awaiting == null) {
            awaiting = implantations.awaitingOperation();
        }
        return awaiting;
    }

    public List<ComponentLot> getPlateLots() {
        if (plateLots == null) {
            plateLots = implantations.plateLots();
        }
        return plateLots;
    }

    public String plateLotKey(ComponentLot lot) {
        return lot.supplier() + SEP + lot.catalogueNumber() + SEP + lot.lotNumber();
    }

    public String plateLotLabel(ComponentLot lot) {
        return lot.material()
                + " "
                + lot.supplier()
                + " "
                + lot.catalogueNumber()
                + ", lot "
                + lot.lotNumber()
                + " (expires "
                + lot.expiryDate()
                + ")";
    }

    public SternumResection[] getSternumResections() {
        return SternumResection.values();
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public LocalDateTime getOperatedAt() {
        return operatedAt;
    }

    public void setOperatedAt(LocalDateTime operatedAt) {
        this.operatedAt = operatedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlateLot() {
        return plateLot;
    }

    public void setPlateLot(String plateLot) {
        this.plateLot = plateLot;
    }

    public Integer getRibsResected() {
        return ribsResected;
    }

    public void setRibsResected(Integer ribsResected) {
        this.ribsResected = ribsResected;
    }

    public String getRibLevels() {
        return ribLevels;
    }

    public void setRibLevels(String ribLevels) {
        this.ribLevels = ribLevels;
    }

    public String getSternumResection() {
        return sternumResection;
    }

    public void setSternumResection(String sternumResection) {
        this.sternumResection = sternumResection;
    }

    public BigDecimal getDefectLengthMm() {
        return defectLengthMm;
    }

    public void setDefectLengthMm(BigDecimal defectLengthMm) {
        this.defectLengthMm = defectLengthMm;
    }

    public BigDecimal getDefectWidthMm() {
        return defectWidthMm;
    }

    public void setDefectWidthMm(BigDecimal defectWidthMm) {
        this.defectWidthMm = defectWidthMm;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public void setAdmissionDate(LocalDate admissionDate) {
        this.admissionDate = admissionDate;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }
}
