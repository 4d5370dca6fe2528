package org.implantdhr.finishing.boundary;

import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.finishing.entity.VisualResult;

import java.time.Instant;

/** What an operator records about one finishing step on one implant. */
public record ProcessOperationData(String implantSerial, OperationType type, String equipment, String programId,
                                   String programVersion, String operator, Instant performedAt,
                                   VisualResult visualResult, String remarks) {
}
