package org.implantdhr.finishing.boundary;

import java.time.Instant;
import java.util.List;

/** A run of a validated cleaning process and the implants that went through it. */
public record CleaningRunData(
        String runNumber,
        String processId,
        String processVersion,
        String cleaningFamily,
        String operator,
        Instant performedAt,
        List<String> implantSerials) {}
