package org.implantdhr.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The CT study the design was segmented from (IMG-SLICE, IMG-AGE). Slice values are kept in
 * millimetres.
 */
@Entity
@Table(name = "imaging_study")
@NamedQuery(
        name = ImagingStudy.OF_CASE,
        query =
                "select s from ImagingStudy s where s.implantCase = :implantCase order by s.scanDate, s.id")
public class ImagingStudy extends Recorded implements Audited {

    public static final String OF_CASE = "ImagingStudy.ofCase";
    public static final String CT = "CT";

    /** A DICOM UID: dot-separated numbers, at most 64 characters (PS3.5 §9.1). */
    private static final String DICOM_UID = "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*";

    private static final BigDecimal LARGEST_SLICE_MM = new BigDecimal("999.999");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private ImplantCase implantCase;

    @Column(name = "study_uid", nullable = false, updatable = false)
    private String studyUid;

    @Column(nullable = false)
    private String modality;

    @Column(name = "scan_date", nullable = false)
    private LocalDate scanDate;

    @Column(name = "slice_thickness_mm", nullable = false)
    private BigDecimal sliceThicknessMm;

    @Column(name = "slice_increment_mm", nullable = false)
    private BigDecimal sliceIncrementMm;

    @Column(name = "scanner_model")
    private String scannerModel;

    protected ImagingStudy() {}

    public ImagingStudy(
            ImplantCase implantCase,
            String studyUid,
            String modality,
            LocalDate scanDate,
            BigDecimal sliceThicknessMm,
            BigDecimal sliceIncrementMm,
            String scannerModel,
            String user,
            Instant at) {
        if (studyUid == null || studyUid.length() > 64 || !studyUid.matches(DICOM_UID)) {
            throw new InvalidRequestException(
                    "studyUid",
                    "A study instance UID is a DICOM UID: numbers separated by dots, "
                            + "at most 64 characters (such as 1.2.840.113619.2.55.3.1)");
        }
        if (!CT.equals(modality)) {
            throw new InvalidRequestException(
                    "modality",
                    "'" + modality + "' is not accepted: the design is made from a CT study");
        }
        this.implantCase = implantCase;
        this.studyUid = studyUid;
        this.modality = modality;
        this.scanDate = scanDate;
        this.sliceThicknessMm = slice(sliceThicknessMm, "sliceThickness");
        this.sliceIncrementMm = slice(sliceIncrementMm, "sliceIncrement");
        this.scannerModel = scannerModel;
        recordCreation(user, at);
    }

    /**
     * Kept to the micrometre, as the column does; a finer value would be silently rounded, so it is
     * refused.
     */
    private static BigDecimal slice(BigDecimal mm, String field) {
        if (mm == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        if (mm.signum() <= 0 || mm.compareTo(LARGEST_SLICE_MM) > 0) {
            throw new InvalidRequestException(
                    field, field + " must be more than 0 and at most 999.999 mm");
        }
        BigDecimal plain = mm.stripTrailingZeros();
        if (plain.scale() > 3) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + plain.toPlainString()
                            + " mm is finer than the recorded 0.001 mm");
        }
        return plain.setScale(3);
    }

    @Override
    public String recordType() {
        return "ImagingStudy";
    }

    @Override
    public String label() {
        return implantCase.caseNumber() + " " + studyUid;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("case", implantCase.caseNumber());
        state.put("studyUid", studyUid);
        state.put("modality", modality);
        state.put("scanDate", scanDate);
        state.put("sliceThicknessMm", sliceThicknessMm);
        state.put("sliceIncrementMm", sliceIncrementMm);
        state.put("scannerModel", scannerModel);
        return state;
    }

    public ImplantCase implantCase() {
        return implantCase;
    }

    public String studyUid() {
        return studyUid;
    }

    public String modality() {
        return modality;
    }

    public LocalDate scanDate() {
        return scanDate;
    }

    public BigDecimal sliceThicknessMm() {
        return sliceThicknessMm;
    }

    public BigDecimal sliceIncrementMm() {
        return sliceIncrementMm;
    }

    public String scannerModel() {
        return scannerModel;
    }
}
