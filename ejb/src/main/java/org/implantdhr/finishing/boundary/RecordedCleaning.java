package org.implantdhr.finishing.boundary;

import java.util.List;
import java.util.Map;
import org.implantdhr.finishing.entity.CleaningRun;
import org.implantdhr.finishing.entity.CleanlinessResult;

/**
 * A cleaning run with the names the record shows: operator, implants cleaned, and the results per
 * implant (keyed by serial number).
 */
public record RecordedCleaning(
        CleaningRun run,
        String operator,
        List<String> implantSerials,
        Map<String, CleanlinessResult> resultsBySerial) {}
