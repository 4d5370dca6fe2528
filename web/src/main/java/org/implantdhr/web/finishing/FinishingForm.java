package org.implantdhr.web.finishing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.implantdhr.finishing.boundary.CleaningRunData;
import org.implantdhr.finishing.boundary.CleaningRuns;
import org.implantdhr.finishing.boundary.CleanlinessData;
import org.implantdhr.finishing.boundary.ProcessOperationData;
import org.implantdhr.finishing.boundary.ProcessOperations;
import org.implantdhr.finishing.boundary.RecordedCleaning;
import org.implantdhr.finishing.boundary.RecordedOperation;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.VisualResult;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.web.platform.PageErrors;

/**
 * The finishing steps on one implant (separation, machining, blasting, polishing, marking),
 * cleaning runs and each implant's cleanliness after one.
 */
@Named
@RequestScoped
public class FinishingForm {

    private static final Map<String, String> OPERATION_FIELDS =
            Map.of(
                    "implantSerial",
                    "operation:implant",
                    "implant",
                    "operation:implant",
                    "type",
                    "operation:type",
                    "equipment",
                    "operation:equipment",
                    "programId",
                    "operation:programId",
                    "programVersion",
                    "operation:programVersion",
                    "operator",
                    "operation:operator",
                    "performedAt",
                    "operation:performedAt",
                    "visualResult",
                    "operation:visualResult",
                    "remarks",
                    "operation:remarks");
    private static final Map<String, String> CLEANING_FIELDS =
            Map.of(
                    "runNumber",
                    "cleaning:runNumber",
                    "processId",
                    "cleaning:processId",
                    "processVersion",
                    "cleaning:processVersion",
                    "cleaningFamily",
                    "cleaning:cleaningFamily",
                    "operator",
                    "cleaning:operator",
                    "performedAt",
                    "cleaning:performedAt",
                    "implantSerials",
                    "cleaning:implantSerials");
    private static final Map<String, String> RESULT_FIELDS =
            Map.of(
                    "runNumber",
                    "cleanliness:runNumber",
                    "implantSerial",
                    "cleanliness:implant",
                    "visualResult",
                    "cleanliness:visualResult",
                    "residualParticles",
                    "cleanliness:residualParticles",
                    "endotoxin",
                    "cleanliness:endotoxin",
                    "toc",
                    "cleanliness:toc",
                    "testedBy",
                    "cleanliness:testedBy",
                    "laboratory",
                    "cleanliness:laboratory");

    @EJB ProcessOperations operations;

    @EJB CleaningRuns cleaning;

    @EJB Implants implants;

    @Inject FacesContext faces;

    private String implant;
    private String type = OperationType.MACHINING.name();
    private String equipment;
    private String programId;
    private String programVersion;
    private String operator;
    private LocalDateTime performedAt;
    private String visualResult;
    private String remarks;

    private String runNumber;
    private String processId;
    private String processVersion;
    private String cleaningFamily;
    private LocalDateTime cleanedAt;
    private String cleanedImplants;

    private String resultImplant;
    private String resultVisual = VisualResult.PASS.name();
    private Integer residualParticles;
    private BigDecimal endotoxinEu;
    private BigDecimal tocMg;
    private String testedBy;
    private String laboratory;

    @jakarta.annotation.PostConstruct
    void fromAddress() {
        var params = faces.getExternalContext().getRequestParameterMap();
        operator = faces.getExternalContext().getRemoteUser();
        implant = params.get("implant");
        runNumber = params.get("run");
    }

    public String recordOperation() {
        var data =
                new ProcessOperationData(
                        implant,
                        OperationType.valueOf(type),
                        equipment,
                        blankToNull(programId),
                        blankToNull(programVersion),
                        operator,
                        instant(performedAt),
                        visualResult == null || visualResult.isBlank()
                                ? null
                                : VisualResult.valueOf(visualResult),
                        blankToNull(remarks));
        return PageErrors.of(OPERATION_FIELDS)
                .attempt(
                        () -> {
                            operations.record(data);
                            return "/work/finishing?faces-redirect=true&implant="
                                    + encoded(implant);
                        },
                        type + " of " + implant + " recorded.");
    }

    public String recordCleaning() {
        var data =
                new CleaningRunData(
                        runNumber,
                        processId,
                        processVersion,
                        cleaningFamily,
                        operator,
                        instant(cleanedAt),
                        list(cleanedImplants));
        return PageErrors.of(CLEANING_FIELDS)
                .attempt(
                        () -> {
                            cleaning.record(data);
                            return "/work/finishing?faces-redirect=true&run=" + encoded(runNumber);
                        },
                        "Cleaning run " + runNumber + " recorded.");
    }

    public String recordCleanliness() {
        var data =
                new CleanlinessData(
                        resultImplant,
                        VisualResult.valueOf(resultVisual),
                        residualParticles,
                        endotoxinEu,
                        tocMg,
                        testedBy,
                        blankToNull(laboratory));
        return PageErrors.of(RESULT_FIELDS)
                .attempt(
                        () -> {
                            cleaning.recordResult(runNumber, data);
                            return "/work/finishing?faces-redirect=true&run=" + encoded(runNumber);
                        },
                        "Cleanliness of "
                                + resultImplant
                                + " after run "
                                + runNumber
                                + " recorded.");
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(getZone()).toInstant();
    }

    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    private List<RecordedOperation> recordedOperations;

    /**
     * The operations of the implant in the address or the form; none for a serial that is not
     * recorded.
     */
    public List<RecordedOperation> getOperations() {
        if (recordedOperations == null) {
            recordedOperations =
                    implant == null || implant.isBlank() || implants.find(implant).isEmpty()
                            ? List.of()
                            : operations.ofImplant(implant);
        }
        return recordedOperations;
    }

    public RecordedCleaning getCleaningRun() {
        return runNumber == null || runNumber.isBlank() || cleaning.find(runNumber).isEmpty()
                ? null
                : cleaning.getRecorded(runNumber);
    }

    public List<Map.Entry<String, org.implantdhr.finishing.entity.CleanlinessResult>>
            getCleaningResults() {
        var run = getCleaningRun();
        return run == null ? List.of() : List.copyOf(run.resultsBySerial().entrySet());
    }

    public OperationType[] getTypes() {
        return OperationType.values();
    }

    public VisualResult[] getVisualResults() {
        return VisualResult.values();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    public String getImplant() {
        return implant;
    }

    public void setImplant(String implant) {
        this.implant = implant;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public String getProgramId() {
        return programId;
    }

    public void setProgramId(String programId) {
        this.programId = programId;
    }

    public String getProgramVersion() {
        return programVersion;
    }

    public void setProgramVersion(String programVersion) {
        this.programVersion = programVersion;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public LocalDateTime getPerformedAt() {
        return performedAt;
    }

    public void setPerformedAt(LocalDateTime performedAt) {
        this.performedAt = performedAt;
    }

    public String getVisualResult() {
        return visualResult;
    }

    public void setVisualResult(String visualResult) {
        this.visualResult = visualResult;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getRunNumber() {
        return runNumber;
    }

    public void setRunNumber(String runNumber) {
        this.runNumber = runNumber;
    }

    public String getProcessId() {
        return processId;
    }

    public void setProcessId(String processId) {
        this.processId = processId;
    }

    public String getProcessVersion() {
        return processVersion;
    }

    public void setProcessVersion(String processVersion) {
        this.processVersion = processVersion;
    }

    public String getCleaningFamily() {
        return cleaningFamily;
    }

    public void setCleaningFamily(String cleaningFamily) {
        this.cleaningFamily = cleaningFamily;
    }

    public LocalDateTime getCleanedAt() {
        return cleanedAt;
    }

    public void setCleanedAt(LocalDateTime cleanedAt) {
        this.cleanedAt = cleanedAt;
    }

    public String getCleanedImplants() {
        return cleanedImplants;
    }

    public void setCleanedImplants(String cleanedImplants) {
        this.cleanedImplants = cleanedImplants;
    }

    public String getResultImplant() {
        return resultImplant;
    }

    public void setResultImplant(String resultImplant) {
        this.resultImplant = resultImplant;
    }

    public String getResultVisual() {
        return resultVisual;
    }

    public void setResultVisual(String resultVisual) {
        this.resultVisual = resultVisual;
    }

    public Integer getResidualParticles() {
        return residualParticles;
    }

    public void setResidualParticles(Integer residualParticles) {
        this.residualParticles = residualParticles;
    }

    public BigDecimal getEndotoxinEu() {
        return endotoxinEu;
    }

    public void setEndotoxinEu(BigDecimal endotoxinEu) {
        this.endotoxinEu = endotoxinEu;
    }

    public BigDecimal getTocMg() {
        return tocMg;
    }

    public void setTocMg(BigDecimal tocMg) {
        this.tocMg = tocMg;
    }

    public String getTestedBy() {
        return testedBy;
    }

    public void setTestedBy(String testedBy) {
        this.testedBy = testedBy;
    }

    public String getLaboratory() {
        return laboratory;
    }

    public void setLaboratory(String laboratory) {
        this.laboratory = laboratory;
    }
}
