package org.implantdhr.web.finishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.implantdhr.finishing.boundary.CleaningRunData;
import org.implantdhr.finishing.boundary.RecordedCleaning;

/**
 * A run of the validated cleaning process (id and version), its cleaning family, operator and the
 * implants cleaned.
 */
public record CleaningRunJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String runNumber,
        @NotBlank @Size(max = 40) String processId,
        @NotBlank @Size(max = 20) String processVersion,
        @NotBlank @Size(max = 40) String cleaningFamily,
        @NotBlank @Size(max = 64) String operator,
        @NotNull Instant performedAt,
        @NotEmpty List<String> implantSerials,
        List<CleanlinessJson> results) {

    CleaningRunData toData() {
        return new CleaningRunData(
                runNumber,
                processId,
                processVersion,
                cleaningFamily,
                operator,
                performedAt,
                implantSerials);
    }

    static CleaningRunJson of(RecordedCleaning recorded) {
        var run = recorded.run();
        var results =
                recorded.resultsBySerial().entrySet().stream()
                        .map(e -> CleanlinessJson.of(e.getKey(), e.getValue()))
                        .toList();
        return new CleaningRunJson(
                run.runNumber(),
                run.processId(),
                run.processVersion(),
                run.cleaningFamily(),
                recorded.operator(),
                run.performedAt(),
                recorded.implantSerials(),
                results);
    }
}
