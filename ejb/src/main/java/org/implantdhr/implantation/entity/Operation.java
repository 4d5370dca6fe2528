package org.implantdhr.implantation.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * What the theatre records of an operation: when and how long, the separation-plate lot used, the
 * resection's extent (ribs, sternum, defect size) and the admission. The checks that need nothing
 * but these values are made here, whoever builds one.
 */
public record Operation(
        Instant operatedAt,
        int durationMinutes,
        long plateLotId,
        int ribsResected,
        String ribLevels,
        SternumResection sternumResection,
        BigDecimal defectLengthMm,
        BigDecimal defectWidthMm,
        LocalDate admissionDate) {

    /** Longer than a day is a typing error, not an operation. */
    public static final int MAX_DURATION_MINUTES = 24 * 60;

    /** The chest has twelve ribs on each side. */
    public static final int MAX_RIBS = 24;

    /** A defect larger than this is not a chest wall. */
    public static final BigDecimal MAX_DEFECT_MM = new BigDecimal("500");

    public Operation {
        if (operatedAt == null) {
            throw new InvalidRequestException(
                    "operatedAt", "The time of the operation is required");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidRequestException(
                    "durationMinutes", "The duration is 1 to " + MAX_DURATION_MINUTES + " minutes");
        }
        if (ribsResected < 0 || ribsResected > MAX_RIBS) {
            throw new InvalidRequestException(
                    "ribsResected", "The number of ribs resected is 0 to " + MAX_RIBS);
        }
        if (sternumResection == null) {
            throw new InvalidRequestException(
                    "sternumResection", "The sternum's resection is NONE, PARTIAL or TOTAL");
        }
        if (ribsResected == 0 && sternumResection == SternumResection.NONE) {
            throw new InvalidRequestException(
                    "ribsResected",
                    "A chest-wall resection takes at least one rib or part of the sternum");
        }
        checkDefect("defectLengthMm", defectLengthMm);
        checkDefect("defectWidthMm", defectWidthMm);
        if (admissionDate == null) {
            throw new InvalidRequestException("admissionDate", "The admission date is required");
        }
        ribLevels = ribLevels == null || ribLevels.isBlank() ? null : ribLevels.strip();
        if (ribLevels != null && ribLevels.length() > 100) {
            throw new InvalidRequestException("ribLevels", "At most 100 characters");
        }
    }

    private static void checkDefect(String field, BigDecimal mm) {
        if (mm == null) {
            throw new InvalidRequestException(field, "The defect's size is required, in mm");
        }
        if (mm.signum() <= 0 || mm.compareTo(MAX_DEFECT_MM) > 0) {
            throw new InvalidRequestException(
                    field, "The defect's size is more than 0 and at most " + MAX_DEFECT_MM + " mm");
        }
        if (mm.stripTrailingZeros().scale() > Implantation.DEFECT_SCALE) {
            throw new InvalidRequestException(
                    field,
                    "The defect's size is kept to "
                            + Implantation.DEFECT_SCALE
                            + " decimal place of a mm; "
                            + mm.toPlainString()
                            + " is not rounded");
        }
    }
}
