package org.implantdhr.evidence.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadedFileCheckTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"a\rb.pdf", "a\nb.pdf", "a\u0000b.pdf", "tab\there.pdf", "del\u007f.pdf"})
    void aNameWithAControlCharacterIsRefused(String name) {
        assertThatThrownBy(() -> UploadedFileCheck.checkName(name))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CoA 2026-11 (rev. 2).pdf", "Prüfbericht ä€.pdf", "log.csv"})
    void anOrdinaryNameIsKept(String name) {
        assertThatCode(() -> UploadedFileCheck.checkName(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(
            value = EvidenceKind.class,
            names = {"POWDER_CERTIFICATE", "COMPONENT_CERTIFICATE", "COUPON_REPORT"})
    void aCertificateOrReportMustBeAPdf(EvidenceKind kind) throws IOException {
        byte[] html =
                "<!DOCTYPE html><html><script>alert(1)</script></html>"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] fakePdf = "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII);
        for (byte[] notPdf : new byte[][] {html, fakePdf, zipBomb(), new byte[0]}) {
            assertThatThrownBy(() -> UploadedFileCheck.checkContent(kind, notPdf))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("must be a PDF document");
        }
        assertThatCode(() -> UploadedFileCheck.checkContent(kind, onePagePdf()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(
            value = EvidenceKind.class,
            names = {"BUILD_LOG", "FURNACE_CHART", "CMM_RESULTS_CSV"})
    void machineFilesAreLeftToTheirParsers(EvidenceKind kind) {
        assertThatCode(
                        () ->
                                UploadedFileCheck.checkContent(
                                        kind, "time,layer\n".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    /** 64 MiB of zeros in a small ZIP archive. */
    private static byte[] zipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("certificate.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] onePagePdf() throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
