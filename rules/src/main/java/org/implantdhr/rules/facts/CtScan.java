package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The CT series the design was made from (values from the DICOM header). */
public record CtScan(
        String seriesId,
        LocalDate scanDate,
        BigDecimal sliceThicknessMm,
        BigDecimal sliceIncrementMm) {}
