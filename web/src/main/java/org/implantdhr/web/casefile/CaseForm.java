package org.implantdhr.web.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.implantdhr.casefile.boundary.CaseData;
import org.implantdhr.casefile.boundary.Cases;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.web.platform.PageErrors;

/** Opening a case (an engineer), and the latest cases of the plant. */
@Named
@RequestScoped
public class CaseForm {

    private static final Map<String, String> FIELDS =
            Map.of(
                    "caseNumber",
                    "case:caseNumber",
                    "hospital",
                    "case:hospital",
                    "surgeon",
                    "case:surgeon",
                    "patientPseudonym",
                    "case:patientPseudonym",
                    "regulatoryPathway",
                    "case:regulatoryPathway",
                    "plannedSurgeryDate",
                    "case:plannedSurgeryDate",
                    "deviceName",
                    "case:deviceName",
                    "deviceModel",
                    "case:deviceModel",
                    "prescriptionReference",
                    "case:prescriptionReference");

    @EJB Cases cases;

    private String caseNumber;
    private String hospital;
    private String surgeon;
    private String patientPseudonym;
    private String regulatoryPathway = RegulatoryPathway.CUSTOM_MADE.name();
    private LocalDate plannedSurgeryDate;
    private String deviceName;
    private String deviceModel;
    private String prescriptionReference;

    public String open() {
        var data =
                new CaseData(
                        caseNumber,
                        hospital,
                        surgeon,
                        patientPseudonym,
                        regulatoryPathway,
                        plannedSurgeryDate,
                        deviceName,
                        deviceModel,
                        prescriptionReference);
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            cases.open(data);
                            return "/work/case?faces-redirect=true&case="
                                    + java.net.URLEncoder.encode(
                                            caseNumber, java.nio.charset.StandardCharsets.UTF_8);
                        },
                        "Case " + caseNumber + " opened.");
    }

    public List<ImplantCase> getRecent() {
        return cases.recent(25);
    }

    public RegulatoryPathway[] getPathways() {
        return RegulatoryPathway.values();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getSurgeon() {
        return surgeon;
    }

    public void setSurgeon(String surgeon) {
        this.surgeon = surgeon;
    }

    public String getPatientPseudonym() {
        return patientPseudonym;
    }

    public void setPatientPseudonym(String patientPseudonym) {
        this.patientPseudonym = patientPseudonym;
    }

    public String getRegulatoryPathway() {
        return regulatoryPathway;
    }

    public void setRegulatoryPathway(String regulatoryPathway) {
        this.regulatoryPathway = regulatoryPathway;
    }

    public LocalDate getPlannedSurgeryDate() {
        return plannedSurgeryDate;
    }

    public void setPlannedSurgeryDate(LocalDate plannedSurgeryDate) {
        this.plannedSurgeryDate = plannedSurgeryDate;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
    }

    public String getDeviceModel() {
        return deviceModel;
    }

    public void setDeviceModel(String deviceModel) {
        this.deviceModel = deviceModel;
    }

    public String getPrescriptionReference() {
        return prescriptionReference;
    }

    public void setPrescriptionReference(String prescriptionReference) {
        this.prescriptionReference = prescriptionReference;
    }
}
