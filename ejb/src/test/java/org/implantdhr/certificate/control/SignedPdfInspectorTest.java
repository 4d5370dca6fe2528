package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.implantdhr.certificate.control.InspectionReport.Outcome;
import org.implantdhr.certificate.control.SignatureReport.SigningTimeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("CFR-11.70")
class SignedPdfInspectorTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA", "Release", "Plant 1");

    private static TestPki ours;
    private static TestTimestampAuthority tsa;
    private static byte[] signed;

    private final SignedPdfInspector inspector = new SignedPdfInspector(ours.ca);

    @TempDir Path work;

    @BeforeAll
    static void signOnePdf() throws Exception {
        ours = TestPki.rsa("Implant DHR");
        tsa = new TestTimestampAuthority();
        signed = signer(ours).sign(TestPdfs.pdfA3b(), DETAILS);
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @Test
    void acceptsAnIntactSignatureOfOurSignerOverTheWholeFile() throws Exception {
        InspectionReport report = inspector.inspect(signed);

        assertThat(report.outcome()).isEqualTo(Outcome.SIGNED);
        assertThat(report.problems()).isEmpty();
        assertThat(report.trustworthy()).isTrue();
        assertThat(report.sha256())
                .isEqualTo(
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(signed)));
        assertThat(report.signatures())
                .singleElement()
                .satisfies(
                        signature -> {
                            assertThat(signature.intact()).isTrue();
                            assertThat(signature.coversWholeFile()).isTrue();
                            assertThat(signature.chainsToTrustAnchor()).isTrue();
                            assertThat(signature.timestamped()).isFalse();
                            assertThat(signature.signerSubject())
                                    .hasValue("CN=Test Signer,O=Implant DHR");
                            assertThat(signature.signingTime()).hasValue(NOW);
                            assertThat(signature.signingTimeSource())
                                    .isEqualTo(SigningTimeSource.SIGNER_CLAIM);
                        });
    }

    @Test
    void takesTheSigningTimeFromTheTimestamp() {
        PadesSigner timestamping =
                new PadesSigner(
                        ours.signer,
                        new TimestampClient(tsa.uri(), Duration.ofSeconds(10)),
                        Clock.fixed(NOW, ZoneOffset.UTC));
        Instant before = Instant.now().minusSeconds(1);

        InspectionReport report = inspector.inspect(timestamping.sign(TestPdfs.pdfA3b(), DETAILS));

        assertThat(report.trustworthy()).as(report.problems().toString()).isTrue();
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.timestamped()).isTrue();
        assertThat(signature.signingTimeSource()).isEqualTo(SigningTimeSource.TIMESTAMP);
        assertThat(signature.signingTime())
                .get()
                .satisfies(time -> assertThat(time).isBetween(before, Instant.now()));
    }

    @Test
    @Tag("CFR-11.10a")
    void detectsAByteChangedInsideTheSignedRange() {
        byte[] tampered = signed.clone();
        int inBinaryCommentLine = indexOf(tampered, "\n%") + 3;
        tampered[inBinaryCommentLine] ^= 0x01;

        InspectionReport report = inspector.inspect(tampered);

        assertThat(report.trustworthy()).isFalse();
        assertThat(report.signatures().get(0).intact()).isFalse();
        assertThat(report.problems())
                .anySatisfy(
                        problem ->
                                assertThat(problem)
                                        .contains("Signature 'Signature1'")
                                        .contains("changed after signing"));
    }

    @Test
    @Tag("CFR-11.10a")
    void detectsAnIncrementalUpdateAppendedAfterSigning() throws Exception {
        byte[] amended = appendIncrementalUpdate(signed);

        InspectionReport report = inspector.inspect(amended);

        assertThat(report.trustworthy()).isFalse();
        assertThat(report.signatures().get(0).intact()).isTrue();
        assertThat(report.signatures().get(0).coversWholeFile()).isFalse();
        assertThat(report.problems()).singleElement().asString().contains("bytes were appended");
        assertThat(Pdfsig.verify(amended, work)).doesNotContain("Total document signed");
    }

    @Test
    void acceptsASecondSignatureThatCoversTheFirst() {
        byte[] signedTwice =
                signer(ours)
                        .sign(
                                signed,
                                new SignatureDetails("Second QA", "Counter-signature", "Plant 1"));

        InspectionReport report = inspector.inspect(signedTwice);

        assertThat(report.problems()).isEmpty();
        // what follows the first signature adds only a signature field: nothing it signed changed
        assertThat(report.signatures())
                .extracting(SignatureReport::coversWholeFile)
                .containsExactly(true, true);
    }

    @Test
    void rejectsASignerIssuedByAnotherCa() {
        byte[] signedElsewhere =
                signer(TestPki.rsa("Someone Else")).sign(TestPdfs.pdfA3b(), DETAILS);

        InspectionReport report = inspector.inspect(signedElsewhere);

        assertThat(report.trustworthy()).isFalse();
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.intact()).isTrue();
        assertThat(signature.chainsToTrustAnchor()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .contains("CN=Test Signer,O=Someone Else")
                .contains("was not issued under the trusted certificate");
    }

    @Test
    @Tag("CFR-11.10a")
    void reportsGarbageAsNotAPdf() {
        for (byte[] garbage :
                new byte[][] {
                    new byte[0],
                    "hello world".getBytes(StandardCharsets.US_ASCII),
                    "%PDF-1.7\n garbage \u0000\u0001 trailer".getBytes(StandardCharsets.ISO_8859_1),
                    randomBytes()
                }) {
            InspectionReport report = inspector.inspect(garbage);

            assertThat(report.outcome()).isEqualTo(Outcome.NOT_A_PDF);
            assertThat(report.problems()).containsExactly("The file is not a PDF.");
            assertThat(report.sha256()).hasSize(64);
        }
    }

    @Test
    void reportsAnUnsignedPdf() {
        InspectionReport report = inspector.inspect(TestPdfs.pdfA3b());

        assertThat(report.outcome()).isEqualTo(Outcome.NO_SIGNATURE);
        assertThat(report.trustworthy()).isFalse();
        assertThat(report.problems()).containsExactly("The PDF carries no signature.");
    }

    @Test
    @Tag("CFR-11.10a")
    void survivesASignatureWhoseByteRangeWasForged() {
        byte[] forged = signed.clone();
        int byteRange = indexOf(forged, "/ByteRange [0 ") + "/ByteRange [0 ".length();
        forged[byteRange] = (byte) (forged[byteRange] == '9' ? '1' : forged[byteRange] + 1);

        InspectionReport report = inspector.inspect(forged);

        assertThat(report.trustworthy()).isFalse();
        assertThat(report.signatures().get(0).intact()).isFalse();
    }

    private static PadesSigner signer(TestPki pki) {
        return new PadesSigner(pki.signer, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static byte[] appendIncrementalUpdate(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setTitle("Changed after signing");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static int indexOf(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
