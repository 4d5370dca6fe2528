package org.implantdhr.casefile.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A CT study as recorded, slice values already in millimetres. */
public record ImagingData(
        String studyUid,
        String modality,
        LocalDate scanDate,
        BigDecimal sliceThicknessMm,
        BigDecimal sliceIncrementMm,
        String scannerModel) {}
