package org.implantdhr.documents;

public enum DeviceCategory {
    PATIENT_MATCHED,
    CUSTOM_MADE
}
