package org.implantdhr.heattreatment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A vacuum or inert-gas furnace with its AMS 2750 class and the due dates of its pyrometry tests.
 */
@Entity
@Table(name = "furnace")
@NamedQuery(name = Furnace.BY_CODE, query = "select f from Furnace f where f.furnaceCode = :code")
public class Furnace extends Recorded implements Audited {

    public static final String BY_CODE = "Furnace.byCode";

    @Column(name = "furnace_code", nullable = false, updatable = false)
    private String furnaceCode;

    @Column(name = "ams2750_class", nullable = false)
    private int ams2750Class;

    @Column(name = "uniformity_survey_due", nullable = false)
    private LocalDate uniformitySurveyDue;

    @Column(name = "system_accuracy_due", nullable = false)
    private LocalDate systemAccuracyDue;

    protected Furnace() {}

    public Furnace(
            String furnaceCode,
            int ams2750Class,
            LocalDate uniformitySurveyDue,
            LocalDate systemAccuracyDue,
            String user,
            Instant at) {
        this.furnaceCode = furnaceCode;
        this.ams2750Class = ams2750Class;
        this.uniformitySurveyDue = uniformitySurveyDue;
        this.systemAccuracyDue = systemAccuracyDue;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "Furnace";
    }

    @Override
    public String label() {
        return furnaceCode;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("furnaceCode", furnaceCode);
        state.put("ams2750Class", ams2750Class);
        state.put("uniformitySurveyDue", uniformitySurveyDue);
        state.put("systemAccuracyDue", systemAccuracyDue);
        return state;
    }

    public String furnaceCode() {
        return furnaceCode;
    }

    public int ams2750Class() {
        return ams2750Class;
    }

    public LocalDate uniformitySurveyDue() {
        return uniformitySurveyDue;
    }

    public LocalDate systemAccuracyDue() {
        return systemAccuracyDue;
    }
}
