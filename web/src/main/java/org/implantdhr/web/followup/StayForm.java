package org.implantdhr.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.implantdhr.implantation.boundary.ExplantRecord;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.entity.ExplantKind;
import org.implantdhr.implantation.entity.ExplantReason;
import org.implantdhr.web.platform.PageErrors;

/**
 * The discharge that ends the hospital stay, and the explant or revision that ends the implant's.
 */
@Named
@RequestScoped
public class StayForm {

    private static final Map<String, String> DISCHARGE_FIELDS =
            Map.of("dischargeDate", "discharge:dischargeDate", "reason", "discharge:reason");

    private static final Map<String, String> EXPLANT_FIELDS =
            Map.of(
                    "kind", "explant:kind",
                    "explantedOn", "explant:explantedOn",
                    "reason", "explant:reason",
                    "reasonText", "explant:reasonText",
                    "retrievalFindings", "explant:retrievalFindings");

    @EJB Implantations implantations;

    @Inject PatientPage patient;

    private LocalDate dischargeDate;
    private String correctionReason;
    private String kind = ExplantKind.EXPLANT.name();
    private LocalDate explantedOn;
    private String explantReason;
    private String reasonText;
    private boolean deviceReturned;
    private String retrievalFindings;

    public String discharge() {
        String serial = patient.getSerial();
        return PageErrors.of(DISCHARGE_FIELDS)
                .attempt(
                        () -> {
                            implantations.discharge(serial, dischargeDate, correctionReason);
                            return back(serial);
                        },
                        "Discharge of " + serial + " recorded.");
    }

    public String explant() {
        String serial = patient.getSerial();
        var record =
                new ExplantRecord(
                        kind == null ? null : ExplantKind.valueOf(kind),
                        explantedOn,
                        explantReason == null ? null : ExplantReason.valueOf(explantReason),
                        reasonText,
                        deviceReturned,
                        retrievalFindings);
        return PageErrors.of(EXPLANT_FIELDS)
                .attempt(
                        () -> {
                            implantations.explant(serial, record);
                            return back(serial);
                        },
                        kind + " of " + serial + " recorded: the implant is EXPLANTED.");
    }

    private static String back(String serial) {
        return "/followup/patient?faces-redirect=true&serial="
                + URLEncoder.encode(serial, StandardCharsets.UTF_8);
    }

    public ExplantKind[] getKinds() {
        return ExplantKind.values();
    }

    public ExplantReason[] getReasons() {
        return ExplantReason.values();
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getExplantedOn() {
        return explantedOn;
    }

    public void setExplantedOn(LocalDate explantedOn) {
        this.explantedOn = explantedOn;
    }

    public String getExplantReason() {
        return explantReason;
    }

    public void setExplantReason(String explantReason) {
        this.explantReason = explantReason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public boolean isDeviceReturned() {
        return deviceReturned;
    }

    public void setDeviceReturned(boolean deviceReturned) {
        this.deviceReturned = deviceReturned;
    }

    public String getRetrievalFindings() {
        return retrievalFindings;
    }

    public void setRetrievalFindings(String retrievalFindings) {
        this.retrievalFindings = retrievalFindings;
    }
}
