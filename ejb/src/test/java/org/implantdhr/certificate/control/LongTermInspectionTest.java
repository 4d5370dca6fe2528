package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our own inspector accepts what long-term signing appends (validation data, document timestamps)
 * and still names every other change after signing.
 */
class LongTermInspectionTest {

    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA", "Release", "Plant 1");

    private static TestPki pki;
    private static TestTimestampAuthority tsa;
    private static byte[] renewed;

    @BeforeAll
    static void signAndRenew() throws Exception {
        pki = TestPki.rsa("Inspection of long-term signatures");
        tsa = new TestTimestampAuthority(Duration.ofDays(20));
        LongTermSigner signer =
                new LongTermSigner(
                        new PadesSigner(
                                pki.signer,
                                new LocalTimestampUnit(pki.timestampUnit(), Clock.systemUTC()),
                                Clock.systemUTC()),
                        pki.signer,
                        () -> List.of(pki.crl()),
                        Optional.of(
                                new DocumentTimestamp(
                                        new TimestampClient(tsa.uri(), Duration.ofSeconds(10)))));
        renewed = signer.renew(signer.sign(TestPdfs.pdfA3b(), DETAILS));
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @Test
    void acceptsValidationDataAndDocumentTimestampsAfterTheSignature() {
        InspectionReport report = new SignedPdfInspector(pki.ca).inspect(renewed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.trustworthy()).isTrue();
        assertThat(report.signatures())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.coversWholeFile()).isTrue();
                            assertThat(s.timestamped()).isTrue();
                        });
    }

    @Test
    @Tag("CFR-11.10a")
    void namesPageContentAddedAfterTheTimestamps() throws Exception {
        byte[] changed;
        try (PDDocument document = Loader.loadPDF(renewed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content =
                    new PDPageContentStream(
                            document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.addRect(10, 10, 100, 100);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            changed = out.toByteArray();
        }

        InspectionReport report = new SignedPdfInspector(pki.ca).inspect(changed);

        assertThat(report.trustworthy()).isFalse();
        assertThat(report.signatures().get(0).coversWholeFile()).isFalse();
    }

    @Test
    @Tag("CFR-11.10a")
    void namesAVisibleAnnotationAddedAfterTheTimestamps() throws Exception {
        byte[] changed;
        try (PDDocument document = Loader.loadPDF(renewed)) {
            PDPage page = document.getPage(0);
            page.getAnnotations().add(new PDAnnotationText());
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject()
                    .getCOSArray(org.apache.pdfbox.cos.COSName.ANNOTS)
                    .setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            changed = out.toByteArray();
        }

        InspectionReport report = new SignedPdfInspector(pki.ca).inspect(changed);

        assertThat(report.trustworthy()).isFalse();
    }
}
