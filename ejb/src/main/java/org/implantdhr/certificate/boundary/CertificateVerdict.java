package org.implantdhr.certificate.boundary;

/** What the public verification says about an implant serial number. */
public enum CertificateVerdict {
    /** Released, and this is its certificate in force. */
    RELEASED,
    /** Released, certificate in force, and in a patient since its implantation. */
    IMPLANTED,
    /** Released, certificate in force, implanted and taken out again: never to be implanted. */
    EXPLANTED,
    /** A newer certificate replaced this one. */
    SUPERSEDED,
    /** The certificate was withdrawn: do not implant. */
    REVOKED,
    /** The serial exists but the implant has not been released. */
    NOT_RELEASED,
    /** No implant of ours has this serial. */
    UNKNOWN
}
