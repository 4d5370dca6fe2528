package org.implantdhr.fhir.control;

import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.component.entity.ComponentLot;

/**
 * The implant as a Device. A patient-matched device carries its UDI: the device identifier (GS1
 * GTIN) in {@code udiCarrier}, with the human-readable form of the whole UDI (DI and serial); a
 * custom-made device has no UDI (MDR Art. 27(1)), so {@code udiCarrier} stays empty and the serial
 * identifies it, in {@code serialNumber} and as an identifier. The separation plate is a second
 * Device with its own lot and expiry, its {@code parent} the implant.
 */
public final class DeviceMapper {

    /** The GS1 application identifier of the device identifier, as the UDI-DI is recorded. */
    private static final String AI_DI = "(01)";

    /** The GS1 application identifier of the serial in a human-readable UDI. */
    private static final String AI_SERIAL = "(21)";

    private DeviceMapper() {}

    public static Device implant(ImplantRecord r) {
        var device = new Device();
        device.addIdentifier(
                new Identifier()
                        .setUse(Identifier.IdentifierUse.OFFICIAL)
                        .setSystem(FhirCodes.SERIAL_NUMBER)
                        .setValue(r.serial()));
        if (r.implantCase().pathway() == RegulatoryPathway.PATIENT_MATCHED
                && r.implant().udiDi() != null
                && !r.implant().udiDi().isBlank()) {
            String udi = r.implant().udiDi().strip();
            String di = udi.startsWith(AI_DI) ? udi.substring(AI_DI.length()) : udi;
            int serialAt = di.indexOf(AI_SERIAL);
            if (serialAt >= 0) {
                di = di.substring(0, serialAt);
            }
            device.addUdiCarrier()
                    .setDeviceIdentifier(di)
                    .setIssuer(FhirCodes.GS1_DI)
                    .setCarrierHRF(AI_DI + di + AI_SERIAL + r.serial());
        }
        device.setStatus(
                r.explantation().isPresent()
                        ? Device.FHIRDeviceStatus.INACTIVE
                        : Device.FHIRDeviceStatus.ACTIVE);
        device.setSerialNumber(r.serial());
        if (r.manufacturer() != null) {
            device.setManufacturer(r.manufacturer());
        }
        if (r.implantCase().deviceName() != null) {
            device.addDeviceName()
                    .setName(r.implantCase().deviceName())
                    .setType(Device.DeviceNameType.USERFRIENDLYNAME);
        }
        if (r.implantCase().deviceModel() != null) {
            device.setModelNumber(r.implantCase().deviceModel());
        }
        device.getType()
                .setText(
                        r.implantCase().pathway() == RegulatoryPathway.CUSTOM_MADE
                                ? "Custom-made titanium chest-wall implant"
                                : "Patient-matched titanium chest-wall implant");
        device.setPatient(new Reference(ResourceIds.patient(r)));
        return device;
    }

    public static Device plate(ImplantRecord r) {
        ComponentLot lot = r.plateLot();
        var device = new Device();
        device.addIdentifier(
                new Identifier()
                        .setSystem(FhirCodes.PLATE_LOT)
                        .setValue(
                                lot.supplier()
                                        + " "
                                        + lot.catalogueNumber()
                                        + " "
                                        + lot.lotNumber()));
        device.setStatus(
                r.explantation().isPresent()
                        ? Device.FHIRDeviceStatus.INACTIVE
                        : Device.FHIRDeviceStatus.ACTIVE);
        device.setManufacturer(lot.supplier());
        device.setLotNumber(lot.lotNumber());
        device.setModelNumber(lot.catalogueNumber());
        if (lot.expiryDate() != null) {
            device.setExpirationDateElement(
                    new org.hl7.fhir.r4.model.DateTimeType(lot.expiryDate().toString()));
        }
        device.getType().setText(lot.material() + " separation plate");
        device.setPatient(new Reference(ResourceIds.patient(r)));
        device.setParent(new Reference(ResourceIds.device(r)));
        return device;
    }
}
