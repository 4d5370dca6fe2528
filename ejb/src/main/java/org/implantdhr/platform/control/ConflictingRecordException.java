package org.implantdhr.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The request contradicts what is already recorded: a duplicate serial or lot number, a decision on
 * stale evidence, a second release of the same implant. Answered with 409.
 */
@ApplicationException(rollback = true)
public class ConflictingRecordException extends RuntimeException {

    public ConflictingRecordException(String message) {
        super(message);
    }
}
