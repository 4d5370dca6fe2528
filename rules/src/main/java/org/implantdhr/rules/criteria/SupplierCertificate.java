package org.implantdhr.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.rules.facts.PowderLot;

/** PWD-COA: certificate present, its lot number matches, supplier approved on the receipt date. */
public final class SupplierCertificate {

    private SupplierCertificate() {}

    public static Assessment assess(PowderLot lot) {
        List<String> absent =
                new Present()
                        .require(lot.certificate(), "supplier certificate")
                        .require(lot.receivedOn(), "receipt date")
                        .require(lot.supplierApproval(), "approved-supplier entry")
                        .absent();
        if (!absent.isEmpty()) {
            return Assessment.undecidable(String.join("; ", absent));
        }
        List<String> problems = new ArrayList<>();
        String certificateLot = lot.certificate().lotNumber();
        if (certificateLot == null || !certificateLot.equals(lot.lotNumber())) {
            problems.add("certificate is for lot " + certificateLot + ", not " + lot.lotNumber());
        }
        if (!lot.supplierApproval().supplier().equals(lot.supplier())) {
            problems.add(
                    "approved-supplier entry is for "
                            + lot.supplierApproval().supplier()
                            + ", not "
                            + lot.supplier());
        }
        if (!lot.supplierApproval().covers(lot.receivedOn())) {
            problems.add("supplier " + lot.supplier() + " not approved on " + lot.receivedOn());
        }
        return Assessment.of(
                List.of(),
                problems,
                "certificate "
                        + lot.certificate().documentRef()
                        + " for lot "
                        + certificateLot
                        + ", received "
                        + lot.receivedOn());
    }
}
