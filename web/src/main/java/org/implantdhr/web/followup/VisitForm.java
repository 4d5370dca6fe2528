package org.implantdhr.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.VasUnit;
import org.implantdhr.followup.entity.VisitFindings;
import org.implantdhr.web.platform.PageErrors;

/** Records a visit of the patient on the page; the scales are checked by the followup component. */
@Named
@RequestScoped
public class VisitForm {

    private static final Map<String, String> FIELDS =
            Map.ofEntries(
                    Map.entry("visitCode", "visit:visitCode"),
                    Map.entry("visitDate", "visit:visitDate"),
                    Map.entry("karnofsky", "visit:karnofsky"),
                    Map.entry("vasValue", "visit:vasValue"),
                    Map.entry("vasUnit", "visit:vasUnit"),
                    Map.entry("instrumentCode", "visit:instrumentScore"),
                    Map.entry("instrumentScore", "visit:instrumentScore"),
                    Map.entry("diseaseStatus", "visit:diseaseStatus"),
                    Map.entry("diseaseStatusDate", "visit:diseaseStatusDate"),
                    Map.entry("notes", "visit:notes"));

    @EJB FollowUps followUps;

    @Inject PatientPage patient;

    private String visitCode;
    private LocalDate visitDate;
    private Integer karnofsky;
    private BigDecimal vasValue;
    private String vasUnit = VasUnit.CM.name();
    private BigDecimal instrumentScore;
    private String diseaseStatus;
    private LocalDate diseaseStatusDate;
    private String notes;

    public String record() {
        String serial = patient.getSerial();
        var findings =
                new VisitFindings(
                        visitDate,
                        karnofsky,
                        vasValue,
                        vasValue == null ? null : VasUnit.valueOf(vasUnit),
                        instrumentScore == null ? null : "WATKINS",
                        null,
                        instrumentScore,
                        diseaseStatus == null || diseaseStatus.isBlank()
                                ? null
                                : DiseaseStatus.valueOf(diseaseStatus),
                        diseaseStatusDate,
                        notes);
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            followUps.recordVisit(serial, visitCode, findings);
                            return "/followup/patient?faces-redirect=true&serial="
                                    + URLEncoder.encode(serial, StandardCharsets.UTF_8);
                        },
                        "Visit " + visitCode + " of " + serial + " recorded.");
    }

    public List<Integer> getKarnofskyScores() {
        return IntStream.rangeClosed(0, 10).map(i -> 100 - 10 * i).boxed().toList();
    }

    public VasUnit[] getVasUnits() {
        return VasUnit.values();
    }

    public DiseaseStatus[] getDiseaseStatuses() {
        return DiseaseStatus.values();
    }

    public String getVisitCode() {
        return visitCode;
    }

    public void setVisitCode(String visitCode) {
        this.visitCode = visitCode;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public Integer getKarnofsky() {
        return karnofsky;
    }

    public void setKarnofsky(Integer karnofsky) {
        this.karnofsky = karnofsky;
    }

    public BigDecimal getVasValue() {
        return vasValue;
    }

    public void setVasValue(BigDecimal vasValue) {
        this.vasValue = vasValue;
    }

    public String getVasUnit() {
        return vasUnit;
    }

    public void setVasUnit(String vasUnit) {
        this.vasUnit = vasUnit;
    }

    public BigDecimal getInstrumentScore() {
        return instrumentScore;
    }

    public void setInstrumentScore(BigDecimal instrumentScore) {
        this.instrumentScore = instrumentScore;
    }

    public String getDiseaseStatus() {
        return diseaseStatus;
    }

    public void setDiseaseStatus(String diseaseStatus) {
        this.diseaseStatus = diseaseStatus;
    }

    public LocalDate getDiseaseStatusDate() {
        return diseaseStatusDate;
    }

    public void setDiseaseStatusDate(LocalDate diseaseStatusDate) {
        this.diseaseStatusDate = diseaseStatusDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
