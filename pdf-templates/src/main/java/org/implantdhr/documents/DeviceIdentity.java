package org.implantdhr.documents;

import java.util.Objects;

/**
 * A custom-made device carries no UDI (MDR Art. 27(1)); a patient-matched device must carry one.
 */
public record DeviceIdentity(
        String name, String model, String serialNumber, DeviceCategory category, String udi) {
    public DeviceIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(category, "category");
        if (category == DeviceCategory.PATIENT_MATCHED && (udi == null || udi.isBlank())) {
            throw new IllegalArgumentException("a patient-matched device needs a UDI");
        }
    }

    public boolean customMade() {
        return category == DeviceCategory.CUSTOM_MADE;
    }

    public boolean patientMatched() {
        return category == DeviceCategory.PATIENT_MATCHED;
    }
}
