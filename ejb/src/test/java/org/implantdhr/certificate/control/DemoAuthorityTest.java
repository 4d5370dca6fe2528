package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAuthorityTest {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_CERT_SIGN = 5;

    @TempDir Path work;

    @Test
    void createsOnceAndReloadsTheSameKeyAndCertificates() {
        Path keystore = work.resolve("demo/demo-signer.p12");

        DemoAuthority first = DemoAuthority.openOrCreate(keystore, Clock.systemUTC());
        DemoAuthority second = DemoAuthority.openOrCreate(keystore, Clock.systemUTC());

        assertThat(second.signingKeys().chain()).isEqualTo(first.signingKeys().chain());
        assertThat(second.signingKeys().privateKey().getEncoded())
                .isEqualTo(first.signingKeys().privateKey().getEncoded());
        assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
    }

    @Test
    void keystoreAndPasswordFileAreReadableByTheOwnerOnly() throws Exception {
        Path keystore = work.resolve("demo-signer.p12");

        DemoAuthority.openOrCreate(keystore, Clock.systemUTC());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)))
                .isEqualTo("rw-------");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(
                                        DemoAuthority.passwordFileOf(keystore))))
                .isEqualTo("rw-------");
    }

    @Test
    void issuesACaThatSignsCertificatesAndASignerForDocuments() throws Exception {
        DemoAuthority authority =
                DemoAuthority.openOrCreate(work.resolve("demo-signer.p12"), Clock.systemUTC());
        X509Certificate ca = authority.caCertificate();
        X509Certificate signer = authority.signingKeys().signerCertificate();

        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[KEY_CERT_SIGN]).isTrue();
        ca.verify(ca.getPublicKey());
        assertThat(signer.getSubjectX500Principal().getName())
                .startsWith("CN=Implant DHR Demo Signer");
        assertThat(signer.getBasicConstraints()).isEqualTo(-1);
        assertThat(signer.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(signer.getKeyUsage()[NON_REPUDIATION]).isTrue();
        signer.verify(ca.getPublicKey());
    }

    @Test
    void offersTheCaCertificateAsPemAndDer() throws Exception {
        DemoAuthority authority =
                DemoAuthority.openOrCreate(work.resolve("demo-signer.p12"), Clock.systemUTC());
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");

        String pem = authority.caCertificatePem();

        assertThat(pem)
                .startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n");
        assertThat(
                        x509.generateCertificate(
                                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(authority.caCertificate());
        assertThat(x509.generateCertificate(new ByteArrayInputStream(authority.caCertificateDer())))
                .isEqualTo(authority.caCertificate());
    }

    @Test
    void neverLogsTheKeystorePassword() throws Exception {
        Path keystore = work.resolve("demo-signer.p12");
        List<LogRecord> records = new ArrayList<>();
        Logger root = Logger.getLogger("");
        Handler capture = capturing(records);
        root.addHandler(capture);
        Level previous = root.getLevel();
        root.setLevel(Level.ALL);
        try {
            DemoAuthority.openOrCreate(keystore, Clock.systemUTC());
            DemoAuthority.openOrCreate(keystore, Clock.systemUTC());
        } finally {
            root.removeHandler(capture);
            root.setLevel(previous);
        }

        String password = Files.readString(DemoAuthority.passwordFileOf(keystore)).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        assertThat(records)
                .isNotEmpty()
                .allSatisfy(record -> assertThat(formatted(record)).doesNotContain(password));
    }

    private static Handler capturing(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    private static String formatted(LogRecord record) {
        return new java.util.logging.SimpleFormatter().format(record);
    }
}
