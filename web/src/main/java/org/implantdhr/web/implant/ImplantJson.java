package org.implantdhr.web.implant;

import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/**
 * An implant as read: its case and design by their business keys, the fitted plate lot, mass and
 * status, its build and where it stood on the build plate (null when not recorded).
 */
public record ImplantJson(
        String serialNumber,
        String caseNumber,
        String designVersion,
        String udiDi,
        String status,
        ComponentLotKey componentLot,
        Quantity measuredMass,
        String buildNumber,
        PlatePosition platePosition,
        String heatTreatmentRunNumber) {

    /** The plate lot fitted to the implant. */
    public record ComponentLotKey(String supplier, String catalogueNumber, String lotNumber) {
        static ComponentLotKey of(ComponentLot lot) {
            return new ComponentLotKey(lot.supplier(), lot.catalogueNumber(), lot.lotNumber());
        }
    }

    static ImplantJson of(
            Implant implant,
            CaseFile caseFile,
            ComponentLot lot,
            String buildNumber,
            String heatTreatmentRunNumber) {
        return new ImplantJson(
                implant.serialNumber(),
                caseFile.caseNumber(),
                caseFile.design() == null ? null : caseFile.design().designVersion(),
                implant.udiDi(),
                implant.status().name(),
                lot == null ? null : ComponentLotKey.of(lot),
                Units.GRAM.of(implant.measuredMassG()),
                buildNumber,
                implant.plateXMm() == null || implant.plateYMm() == null
                        ? null
                        : new PlatePosition(
                                implant.plateXMm(), implant.plateYMm(), implant.plateLabel()),
                heatTreatmentRunNumber);
    }
}
