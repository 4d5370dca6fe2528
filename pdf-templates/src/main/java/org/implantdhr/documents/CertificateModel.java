package org.implantdhr.documents;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything printed on a release certificate. {@code verificationUrl} is rendered as given: it
 * carries the record hash or token, never the hash of this PDF, which cannot contain its own
 * digest.
 */
public record CertificateModel(
        String certificateNumber,
        ZonedDateTime issuedAt,
        Manufacturer manufacturer,
        DeviceIdentity device,
        CaseReference caseReference,
        DesignReference design,
        Materials materials,
        ProcessSummary process,
        ReleaseDecision release,
        boolean suppliedNonSterile,
        String verificationUrl,
        MachineReadableRecord record) {
    public CertificateModel {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(record, "record");
    }
}
