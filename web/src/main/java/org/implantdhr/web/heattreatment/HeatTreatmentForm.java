package org.implantdhr.web.heattreatment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.implantdhr.heattreatment.boundary.FurnaceCharts;
import org.implantdhr.heattreatment.boundary.Furnaces;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRunData;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.heattreatment.boundary.LoadedRun;
import org.implantdhr.heattreatment.entity.Furnace;
import org.implantdhr.heattreatment.entity.FurnaceAtmosphere;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/** Recording a heat-treatment run with its load list, and importing its furnace chart. */
@Named
@RequestScoped
public class HeatTreatmentForm {

    private static final Map<String, String> RUN_FIELDS =
            Map.of(
                    "runNumber",
                    "run:runNumber",
                    "furnace",
                    "run:furnace",
                    "recipe",
                    "run:recipe",
                    "operator",
                    "run:operator",
                    "atmosphere",
                    "run:atmosphere",
                    "doorOpenedAt",
                    "run:doorOpenedAt",
                    "implantSerials",
                    "run:implantSerials",
                    "couponCodes",
                    "run:couponCodes");
    private static final Map<String, String> CHART_FIELDS =
            Map.of("runNumber", "chart:runNumber", "file", "chart:file", "reason", "chart:reason");

    @EJB HeatTreatmentRuns runs;

    @EJB FurnaceCharts charts;

    @EJB Furnaces furnaces;

    @Inject Uploads uploads;

    @Inject FacesContext faces;

    private String runNumber;
    private String furnace;
    private String recipe = "SR-800-2H";
    private String operator;
    private String atmosphere = FurnaceAtmosphere.VACUUM.name();
    private LocalDateTime doorOpenedAt;
    private String implantSerials;
    private String couponCodes;

    private String chartRunNumber;
    private String reason;
    private Part file;
    private List<String> parserMessages = List.of();
    private List<LoadedRun> recent;

    @jakarta.annotation.PostConstruct
    void defaults() {
        operator = faces.getExternalContext().getRemoteUser();
        chartRunNumber = faces.getExternalContext().getRequestParameterMap().get("run");
    }

    public String record() {
        var data =
                new HeatTreatmentRunData(
                        runNumber,
                        furnace,
                        recipe,
                        operator,
                        FurnaceAtmosphere.valueOf(atmosphere),
                        doorOpenedAt == null ? null : doorOpenedAt.atZone(getZone()).toInstant(),
                        list(implantSerials),
                        list(couponCodes));
        return PageErrors.of(RUN_FIELDS)
                .attempt(
                        () -> {
                            runs.record(data);
                            return "/work/heat-treatment?faces-redirect=true&run="
                                    + URLEncoder.encode(runNumber, StandardCharsets.UTF_8);
                        },
                        "Heat-treatment run "
                                + runNumber
                                + " recorded; import its furnace chart when the run is over.");
    }

    public String importChart() {
        var failures = PageErrors.of(CHART_FIELDS);
        if (!failures.fileChosen(file, "file")) {
            return null;
        }
        String outcome =
                failures.attempt(
                        () -> {
                            charts.importChart(
                                    chartRunNumber,
                                    Uploads.fileNameOf(file),
                                    uploads.bytesOf(file),
                                    reason == null || reason.isBlank() ? null : reason.strip());
                            return "/work/heat-treatment?faces-redirect=true";
                        },
                        "Furnace chart "
                                + Uploads.fileNameOf(file)
                                + " imported for run "
                                + chartRunNumber
                                + ".");
        parserMessages = failures.parserMessages();
        return outcome;
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Times typed into the form are the plant's local time. */
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    public List<LoadedRun> getRecent() {
        if (recent == null) {
            recent = runs.recent(25);
        }
        return recent;
    }

    public List<Furnace> getFurnaces() {
        return furnaces.all();
    }

    public FurnaceAtmosphere[] getAtmospheres() {
        return FurnaceAtmosphere.values();
    }

    public List<String> getParserMessages() {
        return parserMessages;
    }

    public String getRunNumber() {
        return runNumber;
    }

    public void setRunNumber(String runNumber) {
        this.runNumber = runNumber;
    }

    public String getFurnace() {
        return furnace;
    }

    public void setFurnace(String furnace) {
        this.furnace = furnace;
    }

    public String getRecipe() {
        return recipe;
    }

    public void setRecipe(String recipe) {
        this.recipe = recipe;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getAtmosphere() {
        return atmosphere;
    }

    public void setAtmosphere(String atmosphere) {
        this.atmosphere = atmosphere;
    }

    public LocalDateTime getDoorOpenedAt() {
        return doorOpenedAt;
    }

    public void setDoorOpenedAt(LocalDateTime doorOpenedAt) {
        this.doorOpenedAt = doorOpenedAt;
    }

    public String getImplantSerials() {
        return implantSerials;
    }

    public void setImplantSerials(String implantSerials) {
        this.implantSerials = implantSerials;
    }

    public String getCouponCodes() {
        return couponCodes;
    }

    public void setCouponCodes(String couponCodes) {
        this.couponCodes = couponCodes;
    }

    public String getChartRunNumber() {
        return chartRunNumber;
    }

    public void setChartRunNumber(String chartRunNumber) {
        this.chartRunNumber = chartRunNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
