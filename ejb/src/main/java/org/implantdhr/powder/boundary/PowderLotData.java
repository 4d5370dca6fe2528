package org.implantdhr.powder.boundary;

import java.time.LocalDate;
import org.implantdhr.powder.entity.Chemistry;
import org.implantdhr.powder.entity.PowderProperties;

/** What is recorded about a powder lot on receipt, already in the units the record keeps. */
public record PowderLotData(
        String lotNumber,
        String supplier,
        String materialSpec,
        String heatNumber,
        String atomization,
        LocalDate receivedOn,
        String certificateLotNumber,
        Chemistry chemistry,
        PowderProperties properties) {}
