package org.implantdhr.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A record that a request names does not exist (or is not visible to the caller). Answered with
 * 404.
 */
@ApplicationException(rollback = true)
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String recordType, Object key) {
        super(recordType + " " + key + " does not exist");
    }
}
