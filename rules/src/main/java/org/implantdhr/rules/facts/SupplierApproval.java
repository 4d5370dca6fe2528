package org.implantdhr.rules.facts;

import java.time.LocalDate;

/**
 * The approved-supplier-list entry of a powder supplier; {@code approvedUntil} null means
 * open-ended.
 */
public record SupplierApproval(String supplier, LocalDate approvedFrom, LocalDate approvedUntil) {

    public boolean covers(LocalDate date) {
        return approvedFrom != null
                && !date.isBefore(approvedFrom)
                && (approvedUntil == null || !date.isAfter(approvedUntil));
    }
}
