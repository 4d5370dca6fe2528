package org.implantdhr.certificate.boundary;

/**
 * Who vouches for a verification's answer: the legal manufacturer, and the fingerprint of the CA
 * every certificate is signed under, for a reader to compare with the CA file they download.
 *
 * @param manufacturer the manufacturer's name; null when a server without demo mode has none
 *     configured
 * @param caCertificateSha256 SHA-256 of the CA certificate's DER encoding, upper-case hex pairs
 *     separated by colons as certificate viewers show it
 */
public record IssuerIdentity(String manufacturer, String caCertificateSha256) {}
