package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Font programs are parsed once and lent to one document at a time: documents rendered at the same
 * time on several threads, each with a borrowed program, are each whole (PDF/A-3b, their own text),
 * and a program is given back for the next document.
 */
class FontProgramLendingTest {

    private static final CertificateRenderer CERTIFICATES = new CertificateRenderer();
    private static final ImplantCardRenderer CARDS = new ImplantCardRenderer();

    @Test
    void documentsRenderedAtOnceOnSeveralThreadsAreEachWhole() throws Exception {
        CertificateModel certificate = CertificateModelBuilder.certificate().build();
        ImplantCardModel card = ImplantCardRendererTest.card(DeviceCategory.PATIENT_MATCHED, null);
        String certificateText = RenderedPdf.text(CERTIFICATES.render(certificate).pdf());
        String cardText = RenderedPdf.text(CARDS.render(card).pdf());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> certificates = new ArrayList<>();
            List<Future<byte[]>> cards = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                certificates.add(
                        threads.submit(
                                (Callable<byte[]>) () -> CERTIFICATES.render(certificate).pdf()));
                cards.add(threads.submit((Callable<byte[]>) () -> CARDS.render(card).pdf()));
            }
            for (Future<byte[]> pdf : certificates) {
                assertThat(RenderedPdf.text(pdf.get())).isEqualTo(certificateText);
                assertThat(PdfAValidation.failures(pdf.get())).isEmpty();
            }
            for (Future<byte[]> pdf : cards) {
                assertThat(RenderedPdf.text(pdf.get())).isEqualTo(cardText);
                assertThat(PdfAValidation.failures(pdf.get())).isEmpty();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aProgramGivenBackIsLentAgain() throws Exception {
        var parsed = FontFiles.MONO.borrow();
        FontFiles.MONO.giveBack(parsed);
        var again = FontFiles.MONO.borrow();
        FontFiles.MONO.giveBack(again);
        assertThat(again).isSameAs(parsed);
    }
}
