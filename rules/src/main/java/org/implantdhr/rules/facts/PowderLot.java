package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A received powder lot with its certificate and incoming test results. */
public record PowderLot(
        String lotNumber,
        String supplier,
        LocalDate receivedOn,
        SupplierApproval supplierApproval,
        PowderCertificate certificate,
        ParticleSize particleSize,
        BigDecimal carneyFlowS50g,
        BigDecimal hallFlowS50g,
        BigDecimal apparentDensityGcm3,
        String testedBy) {}
