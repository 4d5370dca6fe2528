package org.implantdhr.certificate.entity;

public enum CertificateStatus {
    ISSUED,
    SUPERSEDED,
    REVOKED
}
