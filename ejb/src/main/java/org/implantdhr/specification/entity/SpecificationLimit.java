package org.implantdhr.specification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;

/**
 * One limit of one specification version. The bounds are stored as the decimal text they were
 * written with, because their number of decimal places decides how a ROUNDED comparison rounds.
 */
@Entity
@Table(name = "specification_limit")
public class SpecificationLimit implements Audited {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Version private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", updatable = false)
    private SpecificationVersion specification;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "check_id", nullable = false, updatable = false)
    private String checkId;

    @Column(nullable = false, updatable = false)
    private String parameter;

    @Column(name = "lower_bound")
    private String lowerBound;

    @Column(name = "lower_strict", nullable = false)
    private boolean lowerStrict;

    @Column(name = "upper_bound")
    private String upperBound;

    @Column(name = "upper_strict", nullable = false)
    private boolean upperStrict;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;

    @Column(nullable = false)
    private String unit;

    @Column(name = "text_value")
    private String textValue;

    @Column(nullable = false)
    private String description;

    protected SpecificationLimit() {}

    SpecificationLimit(SpecificationVersion specification, int lineNo, Limit limit) {
        this.specification = specification;
        this.lineNo = lineNo;
        this.checkId = limit.checkId();
        this.parameter = limit.parameter();
        revise(limit);
    }

    /**
     * Takes the bounds, comparison, unit, text value and description of {@code limit} (same check
     * and parameter).
     */
    public void revise(Limit limit) {
        if (!checkId.equals(limit.checkId()) || !parameter.equals(limit.parameter())) {
            throw new IllegalArgumentException(
                    "A revision of "
                            + key()
                            + " cannot be "
                            + limit.checkId()
                            + "/"
                            + limit.parameter());
        }
        this.lowerBound = text(limit.lower());
        this.lowerStrict = limit.lowerStrict();
        this.upperBound = text(limit.upper());
        this.upperStrict = limit.upperStrict();
        this.comparison = limit.comparison();
        this.unit = limit.unit();
        this.textValue = limit.textValue();
        this.description = limit.description();
    }

    public Limit toRules() {
        return new Limit(
                checkId,
                parameter,
                decimal(lowerBound),
                lowerStrict,
                decimal(upperBound),
                upperStrict,
                comparison,
                unit,
                textValue,
                description);
    }

    public String key() {
        return checkId + "/" + parameter;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Override
    public String recordType() {
        return "SpecificationLimit";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return specification.label() + " " + key();
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("lower", lowerBound);
        state.put("lowerStrict", lowerStrict);
        state.put("upper", upperBound);
        state.put("upperStrict", upperStrict);
        state.put("comparison", comparison);
        state.put("unit", unit);
        state.put("textValue", textValue);
        state.put("description", description);
        return state;
    }

    public int lineNo() {
        return lineNo;
    }

    public String checkId() {
        return checkId;
    }

    public String parameter() {
        return parameter;
    }
}
