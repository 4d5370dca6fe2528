package org.implantdhr.implantation.boundary;

import java.time.LocalDate;
import org.implantdhr.implantation.entity.ExplantKind;
import org.implantdhr.implantation.entity.ExplantReason;

/** An explant or revision as reported: when, why, and what the retrieved implant showed. */
public record ExplantRecord(
        ExplantKind kind,
        LocalDate explantedOn,
        ExplantReason reason,
        String reasonText,
        Boolean deviceReturned,
        String retrievalFindings) {}
