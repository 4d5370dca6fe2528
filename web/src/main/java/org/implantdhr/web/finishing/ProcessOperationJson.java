package org.implantdhr.web.finishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.implantdhr.finishing.boundary.ProcessOperationData;
import org.implantdhr.finishing.boundary.RecordedOperation;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.VisualResult;

/**
 * One finishing step on one implant: type SEPARATION, MACHINING, BLASTING, POLISHING or MARKING;
 * the equipment; the program id and version (required for machining); operator (user name); when;
 * visual result PASS or FAIL.
 */
public record ProcessOperationJson(
        @NotBlank @Size(max = 40) String implantSerial,
        @NotBlank @Size(max = 20) String type,
        @NotBlank @Size(max = 100) String equipment,
        @Size(max = 60) String programId,
        @Size(max = 20) String programVersion,
        @NotBlank @Size(max = 64) String operator,
        @NotNull Instant performedAt,
        @Size(max = 10) String visualResult,
        @Size(max = 1000) String remarks) {

    ProcessOperationData toData() {
        return new ProcessOperationData(
                implantSerial,
                Enums.named(OperationType.class, type, "type"),
                equipment,
                programId,
                programVersion,
                operator,
                performedAt,
                visualResult == null
                        ? null
                        : Enums.named(VisualResult.class, visualResult, "visualResult"),
                remarks);
    }

    static ProcessOperationJson of(RecordedOperation recorded) {
        var o = recorded.operation();
        return new ProcessOperationJson(
                recorded.implantSerial(),
                o.type().name(),
                o.equipment(),
                o.programId(),
                o.programVersion(),
                recorded.operator(),
                o.performedAt(),
                o.visualResult() == null ? null : o.visualResult().name(),
                o.remarks());
    }
}
