package org.implantdhr.implant.entity;

import org.implantdhr.platform.control.ConflictingRecordException;

/**
 * A status change the implant's lifecycle does not allow (see {@link ImplantStatus#next()}). It is
 * a conflict with what is recorded, so it is answered like every other conflict: 409 with a
 * problem+json body, and the transaction is rolled back.
 */
public class StatusChangeRefusedException extends ConflictingRecordException {

    public StatusChangeRefusedException(String serialNumber, ImplantStatus from, ImplantStatus to) {
        super(
                "Implant "
                        + serialNumber
                        + " is "
                        + from
                        + ": it cannot become "
                        + to
                        + " (from "
                        + from
                        + " it can only become one of "
                        + from.next()
                        + ")");
    }
}
