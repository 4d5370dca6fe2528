package org.implantdhr.web.build;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.boundary.BuildLogs;
import org.implantdhr.build.boundary.BuildPlan;
import org.implantdhr.build.boundary.BuildSummary;
import org.implantdhr.build.boundary.Builds;
import org.implantdhr.build.boundary.Machines;
import org.implantdhr.build.boundary.ParameterSets;
import org.implantdhr.build.entity.CouponPurpose;
import org.implantdhr.build.entity.Machine;
import org.implantdhr.build.entity.ParameterSet;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.build.entity.ShieldingGas;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/**
 * Setting up a build (machine, parameters, powder, people, coupons) and importing its machine log,
 * with the latest builds and what their logs say.
 */
@Named
@RequestScoped
public class BuildForm {

    private static final Map<String, String> BUILD_FIELDS =
            Map.ofEntries(
                    Map.entry("buildNumber", "build:buildNumber"),
                    Map.entry("machine", "build:machine"),
                    Map.entry("parameterSet", "build:parameterSetName"),
                    Map.entry("parameterSetName", "build:parameterSetName"),
                    Map.entry("parameterSetVersion", "build:parameterSetVersion"),
                    Map.entry("powderBatch", "build:powderBatch"),
                    Map.entry("operator", "build:operator"),
                    Map.entry("programmer", "build:programmer"),
                    Map.entry("buildPlateId", "build:buildPlateId"),
                    Map.entry("shieldingGas", "build:shieldingGas"),
                    Map.entry("designSha256", "build:designSha256"),
                    Map.entry("implants", "build:implants"),
                    Map.entry("platePositions", "build:implants"),
                    Map.entry("coupons", "build:coupons"));
    private static final Map<String, String> LOG_FIELDS =
            Map.of("buildNumber", "log:buildNumber", "file", "log:file", "reason", "log:reason");

    @EJB Builds builds;

    @EJB BuildLogs logs;

    @EJB Machines machines;

    @EJB ParameterSets parameterSets;

    @Inject Uploads uploads;

    @Inject FacesContext faces;

    private String buildNumber;
    private String machine;
    private String parameterSetName;
    private String parameterSetVersion;
    private String powderBatch;
    private String operator;
    private String programmer;
    private String buildPlateId;
    private String shieldingGas = ShieldingGas.ARGON.name();
    private String designSha256;
    private String implants;
    private String coupons;

    private String logBuildNumber;
    private String reason;
    private Part file;
    private List<String> parserMessages = List.of();

    @jakarta.annotation.PostConstruct
    void defaults() {
        operator = faces.getExternalContext().getRemoteUser();
        // the build a link or a redirect names (?build=); a posted form named "build" is not one
        if (!faces.isPostback()) {
            logBuildNumber = faces.getExternalContext().getRequestParameterMap().get("build");
        }
    }

    public String record() {
        var failures = PageErrors.of(BUILD_FIELDS);
        List<BuildPlan.PlannedCoupon> planned = plannedCoupons(failures);
        if (planned == null) {
            return null;
        }
        var placed = new ArrayList<String>();
        var positions = new LinkedHashMap<String, PlatePosition>();
        if (!placements(failures, placed, positions)) {
            return null;
        }
        var plan =
                new BuildPlan(
                        buildNumber,
                        machine,
                        parameterSetName,
                        parameterSetVersion,
                        powderBatch,
                        operator,
                        programmer,
                        buildPlateId,
                        shieldingGas,
                        blankToNull(designSha256),
                        placed,
                        null,
                        positions,
                        planned);
        return failures.attempt(
                () -> {
                    builds.record(plan);
                    return "/work/builds?faces-redirect=true&build="
                            + java.net.URLEncoder.encode(
                                    buildNumber, java.nio.charset.StandardCharsets.UTF_8);
                },
                "Build " + buildNumber + " recorded; import its log when it has run.");
    }

    public String importLog() {
        var failures = PageErrors.of(LOG_FIELDS);
        if (!failures.fileChosen(file, "file")) {
            return null;
        }
        String outcome =
                failures.attempt(
                        () -> {
                            logs.importLog(
                                    logBuildNumber,
                                    Uploads.fileNameOf(file),
                                    uploads.bytesOf(file),
                                    blankToNull(reason));
                            // The answering page lists the events the log reports, for their
                            // dispositions.
                            return "/work/builds?faces-redirect=true&events="
                                    + java.net.URLEncoder.encode(
                                            logBuildNumber,
                                            java.nio.charset.StandardCharsets.UTF_8);
                        },
                        "Build log "
                                + Uploads.fileNameOf(file)
                                + " imported for build "
                                + logBuildNumber
                                + ".");
        parserMessages = failures.parserMessages();
        return outcome;
    }

    /** One coupon a line: its code and what it is for, e.g. "B-12-T1 TENSILE". */
    private List<BuildPlan.PlannedCoupon> plannedCoupons(PageErrors failures) {
        var planned = new ArrayList<BuildPlan.PlannedCoupon>();
        if (coupons == null) {
            return planned;
        }
        int line = 0;
        for (String text : coupons.split("\\R")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.strip().split("[\\s,;]+");
            if (parts.length != 2) {
                failures.onField(
                        "coupons",
                        "Line "
                                + line
                                + ": write the coupon code and its purpose ("
                                + Arrays.toString(CouponPurpose.values())
                                + "), e.g. “B-12-T1 TENSILE”.");
                return null;
            }
            planned.add(
                    new BuildPlan.PlannedCoupon(
                            parts[0], parts[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return planned;
    }

    /**
     * One implant a line, as the build job file places it: serial number, x and y in mm from the
     * plate origin, and optionally the job's name for the part, e.g. "CW-0001 45.0 82.5 P3". A line
     * with the serial alone leaves its position out (the build refuses that, naming it).
     */
    private boolean placements(
            PageErrors failures, List<String> placed, Map<String, PlatePosition> positions) {
        if (implants == null) {
            return true;
        }
        int line = 0;
        for (String text : implants.split("\\R")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.strip().split("[\\s,;]+");
            if (parts.length == 2 || parts.length > 4) {
                failures.onField(
                        "implants",
                        "Line "
                                + line
                                + ": write the serial number, x and y in mm and, if the job names"
                                + " it, the part's label, e.g. “CW-0001 45.0 82.5 P3”.");
                return false;
            }
            placed.add(parts[0]);
            if (parts.length >= 3) {
                try {
                    positions.put(
                            parts[0],
                            new PlatePosition(
                                    new BigDecimal(parts[1]),
                                    new BigDecimal(parts[2]),
                                    parts.length == 4 ? parts[3] : null));
                } catch (NumberFormatException e) {
                    failures.onField(
                            "implants",
                            "Line "
                                    + line
                                    + ": x and y are numbers of mm, e.g. “45.0 82.5” (a point, not"
                                    + " a comma, before the decimals).");
                    return false;
                }
            }
        }
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<BuildSummary> recent;

    public List<BuildSummary> getRecent() {
        if (recent == null) {
            recent = builds.recentSummaries(25);
        }
        return recent;
    }

    public List<Machine> getMachines() {
        return machines.all();
    }

    public List<ParameterSet> getParameterSets() {
        return parameterSets.all();
    }

    public ShieldingGas[] getGases() {
        return ShieldingGas.values();
    }

    public List<String> getParserMessages() {
        return parserMessages;
    }

    public String getBuildNumber() {
        return buildNumber;
    }

    public void setBuildNumber(String buildNumber) {
        this.buildNumber = buildNumber;
    }

    public String getMachine() {
        return machine;
    }

    public void setMachine(String machine) {
        this.machine = machine;
    }

    public String getParameterSetName() {
        return parameterSetName;
    }

    public void setParameterSetName(String parameterSetName) {
        this.parameterSetName = parameterSetName;
    }

    public String getParameterSetVersion() {
        return parameterSetVersion;
    }

    public void setParameterSetVersion(String parameterSetVersion) {
        this.parameterSetVersion = parameterSetVersion;
    }

    public String getPowderBatch() {
        return powderBatch;
    }

    public void setPowderBatch(String powderBatch) {
        this.powderBatch = powderBatch;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getProgrammer() {
        return programmer;
    }

    public void setProgrammer(String programmer) {
        this.programmer = programmer;
    }

    public String getBuildPlateId() {
        return buildPlateId;
    }

    public void setBuildPlateId(String buildPlateId) {
        this.buildPlateId = buildPlateId;
    }

    public String getShieldingGas() {
        return shieldingGas;
    }

    public void setShieldingGas(String shieldingGas) {
        this.shieldingGas = shieldingGas;
    }

    public String getDesignSha256() {
        return designSha256;
    }

    public void setDesignSha256(String designSha256) {
        this.designSha256 = designSha256;
    }

    public String getImplants() {
        return implants;
    }

    public void setImplants(String implants) {
        this.implants = implants;
    }

    public String getCoupons() {
        return coupons;
    }

    public void setCoupons(String coupons) {
        this.coupons = coupons;
    }

    public String getLogBuildNumber() {
        return logBuildNumber;
    }

    public void setLogBuildNumber(String logBuildNumber) {
        this.logBuildNumber = logBuildNumber;
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
