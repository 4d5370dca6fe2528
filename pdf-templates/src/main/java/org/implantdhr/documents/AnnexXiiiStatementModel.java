package org.implantdhr.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** The MDR Annex XIII section 1 statement that accompanies a custom-made device. */
public record AnnexXiiiStatementModel(
        ZonedDateTime issuedAt,
        Manufacturer manufacturer,
        DeviceIdentity device,
        String patientCode,
        Prescriber prescriber,
        List<String> deviceCharacteristics,
        List<GsprDeviation> gsprNotFullyMet,
        List<String> manufacturingSites,
        SignatureManifestation signature) {
    public AnnexXiiiStatementModel {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(patientCode, "patientCode");
        Objects.requireNonNull(prescriber, "prescriber");
        if (!device.customMade()) {
            throw new IllegalArgumentException(
                    "the Annex XIII statement is for custom-made devices only");
        }
        deviceCharacteristics = List.copyOf(deviceCharacteristics);
        gsprNotFullyMet = List.copyOf(gsprNotFullyMet);
        manufacturingSites = List.copyOf(manufacturingSites);
    }

    public boolean allRequirementsMet() {
        return gsprNotFullyMet.isEmpty();
    }
}
