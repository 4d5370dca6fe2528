package org.implantdhr.followup.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one visit found; checked against the scales by {@code VisitScores} before it is stored. */
public record VisitFindings(
        LocalDate visitDate,
        Integer karnofsky,
        BigDecimal vasValue,
        VasUnit vasUnit,
        String instrumentCode,
        String instrumentVersion,
        BigDecimal instrumentScore,
        DiseaseStatus diseaseStatus,
        LocalDate diseaseStatusDate,
        String notes) {}
