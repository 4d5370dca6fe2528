package org.implantdhr.rules.facts;

/** A nonconformance on this implant with its disposition and approvals. */
public record Nonconformance(
        String ncrId,
        NonconformanceStatus status,
        Disposition disposition,
        String dispositionApprovedBy,
        String qaManagerApprovedBy) {}
