package org.implantdhr.documents;

import java.time.ZonedDateTime;

public record CleaningRecord(
        String runId, String process, ZonedDateTime completed, String result) {}
