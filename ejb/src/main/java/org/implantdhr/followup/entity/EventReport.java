package org.implantdhr.followup.entity;

import java.time.LocalDate;

/**
 * What is reported of one adverse event; checked against the CTCAE term list and the dates by
 * {@code EventChecks} before it is stored.
 */
public record EventReport(
        String ctcaeVersion,
        String termCode,
        String termText,
        String specifyText,
        int grade,
        boolean serious,
        SeriousCriterion seriousCriterion,
        LocalDate onsetDate,
        LocalDate resolutionDate,
        Attribution deviceAttribution,
        Attribution procedureAttribution,
        ActionTaken actionTaken,
        EventOutcome outcome,
        String description) {}
