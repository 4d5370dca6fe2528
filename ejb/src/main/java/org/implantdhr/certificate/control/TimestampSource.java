package org.implantdhr.certificate.control;

import org.bouncycastle.tsp.TimeStampToken;

/**
 * Where RFC 3161 timestamp tokens come from: an external timestamp authority over HTTP ({@link
 * TimestampClient}), or the installation's own timestamp unit ({@link LocalTimestampUnit}) when no
 * authority is configured.
 */
public interface TimestampSource {

    /**
     * A token over the SHA-256 digest of {@code data}.
     *
     * @throws TimestampException if no token can be had
     */
    TimeStampToken timestamp(byte[] data);
}
