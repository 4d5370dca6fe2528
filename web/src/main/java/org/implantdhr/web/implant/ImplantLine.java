package org.implantdhr.web.implant;

import java.math.BigDecimal;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.implant.entity.Implant;

/**
 * An implant as the recording pages show it: its records by their business keys, the plate lot and
 * the mass.
 */
public record ImplantLine(
        String serialNumber,
        String caseNumber,
        String designVersion,
        String udiDi,
        String status,
        String plateSupplier,
        String plateCatalogueNumber,
        String plateLotNumber,
        BigDecimal measuredMassG,
        String buildNumber,
        String heatTreatmentRunNumber) {

    static ImplantLine of(
            Implant implant,
            CaseFile caseFile,
            ComponentLot plate,
            String buildNumber,
            String heatTreatmentRunNumber) {
        return new ImplantLine(
                implant.serialNumber(),
                caseFile.caseNumber(),
                caseFile.design() == null ? null : caseFile.design().designVersion(),
                implant.udiDi(),
                implant.status().name(),
                plate == null ? null : plate.supplier(),
                plate == null ? null : plate.catalogueNumber(),
                plate == null ? null : plate.lotNumber(),
                implant.measuredMassG(),
                buildNumber,
                heatTreatmentRunNumber);
    }

    public boolean plateFitted() {
        return plateLotNumber != null;
    }

    public boolean weighed() {
        return measuredMassG != null;
    }

    /** The mass in grams as weighed, without the trailing zeros of the stored scale. */
    public String mass() {
        return weighed() ? measuredMassG.stripTrailingZeros().toPlainString() : null;
    }

    /** "lot L-1 · supplier · catalogue number", the way an operator reads the plate's label. */
    public String plate() {
        return plateFitted()
                ? "lot " + plateLotNumber + " · " + plateSupplier + " · " + plateCatalogueNumber
                : null;
    }
}
