package org.implantdhr.finishing.boundary;

import java.time.Instant;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.VisualResult;

/** What an operator records about one finishing step on one implant. */
public record ProcessOperationData(
        String implantSerial,
        OperationType type,
        String equipment,
        String programId,
        String programVersion,
        String operator,
        Instant performedAt,
        VisualResult visualResult,
        String remarks) {}
