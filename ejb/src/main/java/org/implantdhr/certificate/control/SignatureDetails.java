package org.implantdhr.certificate.control;

import java.util.Objects;

/**
 * What the signature dictionary says about the signing: who signs (/Name), why (/Reason) and where
 * (/Location). These are claims shown by viewers; the signer certificate is what proves identity.
 */
public record SignatureDetails(String signerName, String reason, String location) {

    public SignatureDetails {
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
