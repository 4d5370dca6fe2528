package org.implantdhr.component.boundary;

import java.time.LocalDate;

/** A separation-plate lot as received. The material is named (POLYESTER or PTFE). */
public record ComponentLotData(
        String supplier,
        String catalogueNumber,
        String lotNumber,
        String material,
        LocalDate expiryDate,
        boolean sterile,
        String sterilisationMethod) {}
