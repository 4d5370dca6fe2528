package org.implantdhr.certificate.control;

import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/** Reading helpers for RFC 3161 tokens shared by the client and the inspector. */
final class TimestampTokens {

    private TimestampTokens() {}

    @SuppressWarnings("unchecked")
    static Optional<X509CertificateHolder> signerCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches =
                token.getCertificates()
                        .getMatches((Selector<X509CertificateHolder>) token.getSID());
        return matches.stream().findFirst();
    }
}
