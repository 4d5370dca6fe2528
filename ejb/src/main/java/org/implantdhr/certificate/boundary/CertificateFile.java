package org.implantdhr.certificate.boundary;

import org.implantdhr.certificate.entity.CertificateStatus;

/** A certificate PDF as issued, with what a download answer names. */
public record CertificateFile(
        String certificateNumber, String sha256, CertificateStatus status, byte[] pdf) {}
