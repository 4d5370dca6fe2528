package org.implantdhr.documents;

import java.time.ZonedDateTime;

public record BuildRecord(
        String buildId, String machine, ZonedDateTime started, ZonedDateTime finished) {}
