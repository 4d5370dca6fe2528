package org.implantdhr.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** The PEM text of certificates and revocation lists, as OpenSSL and browsers read them. */
public final class Pem {

    private Pem() {}

    public static String certificate(X509Certificate certificate) {
        try {
            return armoured("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate can always be encoded", e);
        }
    }

    public static String crl(X509CRL crl) {
        try {
            return armoured("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalStateException("A loaded CRL can always be encoded", e);
        }
    }

    /** Every certificate in a PEM (or DER) stream, in order. */
    static List<X509Certificate> certificates(InputStream in) throws IOException {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (CertificateException e) {
            throw new IOException("not a certificate file: " + e.getMessage(), e);
        }
    }

    /** A CRL in PEM or DER. */
    static X509CRL crl(InputStream in) throws IOException {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (GeneralSecurityException e) {
            throw new IOException("not a CRL: " + e.getMessage(), e);
        }
    }

    private static String armoured(String type, byte[] der) {
        return "-----BEGIN "
                + type
                + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END "
                + type
                + "-----\n";
    }
}
