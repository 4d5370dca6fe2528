package org.implantdhr.finishing.boundary;

import org.implantdhr.finishing.entity.ProcessOperation;

/** A process operation with the names the record shows for its implant and operator. */
public record RecordedOperation(
        ProcessOperation operation, String implantSerial, String operator) {}
