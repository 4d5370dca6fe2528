package org.implantdhr.vigilance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The IMDRF codes a QA manager chose for a vigilance case's incident report, per annex (A device
 * problem, E clinical signs, F health impact, G component). The codes are checked against the
 * shipped terminology before they get here; a correction replaces them with its reason.
 */
@Entity
@Table(name = "vigilance_imdrf_coding")
@NamedQuery(
        name = ImdrfCoding.OF_CASE,
        query = "select c from ImdrfCoding c where c.caseId = :caseId")
public class ImdrfCoding extends Recorded implements Audited {

    public static final String OF_CASE = "ImdrfCoding.ofCase";

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "device_problem_codes", nullable = false)
    private String deviceProblemCodes;

    @Column(name = "clinical_sign_codes", nullable = false)
    private String clinicalSignCodes;

    @Column(name = "health_impact_codes", nullable = false)
    private String healthImpactCodes;

    @Column(name = "component_codes", nullable = false)
    private String componentCodes;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    private String reason;

    protected ImdrfCoding() {}

    public ImdrfCoding(VigilanceCase vigilanceCase, String user, Instant at) {
        this.caseId = vigilanceCase.id();
        this.caseNumber = vigilanceCase.caseNumber();
        this.deviceProblemCodes = "";
        this.clinicalSignCodes = "";
        this.healthImpactCodes = "";
        this.componentCodes = "";
        this.chosenBy = user;
        this.chosenAt = at.truncatedTo(ChronoUnit.MICROS);
        recordCreation(user, at);
    }

    /** Replaces every list; {@code why} is null on the first choice, the reason on a correction. */
    public void choose(
            List<String> deviceProblems,
            List<String> clinicalSigns,
            List<String> healthImpacts,
            List<String> components,
            String why,
            String user,
            Instant at) {
        this.deviceProblemCodes = String.join(" ", deviceProblems);
        this.clinicalSignCodes = String.join(" ", clinicalSigns);
        this.healthImpactCodes = String.join(" ", healthImpacts);
        this.componentCodes = String.join(" ", components);
        this.reason = why;
        this.chosenBy = user;
        this.chosenAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String recordType() {
        return "ImdrfCoding";
    }

    @Override
    public String label() {
        return caseNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("case", caseNumber);
        state.put("deviceProblems", deviceProblemCodes);
        state.put("clinicalSigns", clinicalSignCodes);
        state.put("healthImpacts", healthImpactCodes);
        state.put("components", componentCodes);
        state.put("chosenBy", chosenBy);
        return state;
    }

    private static List<String> codes(String joined) {
        return joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
    }

    public long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public List<String> deviceProblems() {
        return codes(deviceProblemCodes);
    }

    public List<String> clinicalSigns() {
        return codes(clinicalSignCodes);
    }

    public List<String> healthImpacts() {
        return codes(healthImpactCodes);
    }

    public List<String> components() {
        return codes(componentCodes);
    }

    public String chosenBy() {
        return chosenBy;
    }

    public Instant chosenAt() {
        return chosenAt;
    }

    public String reason() {
        return reason;
    }
}
