package org.implantdhr.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.ManufacturerInformation;
import org.implantdhr.certificate.control.ManufacturerNotConfiguredException;

/**
 * The identity behind the public verification, shown beside every answer so that the page is not
 * one anybody could make: the manufacturer and the fingerprint of the CA whose certificate {@code
 * /verify/ca.pem} serves. Read anew on every call: a new signing key or CA takes effect at once.
 */
@Stateless
@PermitAll
public class CertificateAuthority {

    @Inject CertificateKeys keys;
    @Inject ManufacturerInformation manufacturer;

    public IssuerIdentity identity() {
        return new IssuerIdentity(manufacturerName(), fingerprint(keys.trustAnchorPem()));
    }

    private String manufacturerName() {
        try {
            return manufacturer.manufacturer().name();
        } catch (ManufacturerNotConfiguredException e) {
            return null;
        }
    }

    /** SHA-256 of the DER bytes inside the PEM, as "AB:CD:…". */
    static String fingerprint(String pem) {
        String base64 =
                pem.replace("-----BEGIN CERTIFICATE-----", "")
                        .replace("-----END CERTIFICATE-----", "")
                        .replaceAll("\\s", "");
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
