package it.org.implantdhr.evidence;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.build.BuildFixtures;
import it.org.implantdhr.component.ComponentFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an upload may be: a plain file name, and for a certificate or a laboratory report a PDF
 * (read as one by the server); what a download is: the type the product determined, never sniffed,
 * named safely.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class UploadSafetyIT {

    private static final byte[] HTML =
            "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                    .getBytes(StandardCharsets.UTF_8);

    /** A fresh powder lot without a certificate, its number returned. */
    private static String powderLot() {
        String supplier = unique("Upload Powders");
        String lot = unique("PL-UP");
        expect(
                People.as("QA")
                        .post(
                                "/api/suppliers",
                                """
                {"name":"%s","approvedFrom":"2020-01-01"}"""
                                        .formatted(supplier)),
                201);
        expect(
                People.as("QA")
                        .post(
                                "/api/powder-lots",
                                """
                {"lotNumber":"%s","supplier":"%s","materialSpec":"ASTM F3001 Grade 23","receivedOn":"2026-01-10"}"""
                                        .formatted(lot, supplier)),
                201);
        return lot;
    }

    private static Api.Answer attachCertificate(
            String lot, String encodedName, String type, byte[] file) {
        return People.as("OPERATOR")
                .upload(
                        "/api/powder-lots/" + lot + "/certificate?fileName=" + encodedName,
                        type,
                        file);
    }

    private static boolean hasCertificate(String lot) {
        var json = expect(People.as("QA").get("/api/powder-lots/" + lot), 200).json();
        return json.containsKey("certificate")
                && json.get("certificate").getValueType() != JsonValue.ValueType.NULL;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CoA%0D.pdf",
                "CoA%0A.pdf",
                "CoA%0D%0ASet-Cookie:x=y.pdf",
                "CoA%00.pdf",
                "CoA%7F.pdf",
                "CoA%09.pdf"
            })
    @Tag("CFR-11.10a")
    void aFileNameWithAControlCharacterIsRefusedAndNothingIsStored(String encodedName) {
        String lot = powderLot();

        var refused =
                attachCertificate(
                        lot, encodedName, "application/pdf", Plant.onePagePdf("CoA " + lot));

        expectProblem(refused, 422, "control characters");
        assertThat(hasCertificate(lot)).isFalse();
    }

    @Test
    @Tag("CFR-11.10a")
    void aBuildLogNamedWithALineBreakIsRefusedAndNothingIsStored() {
        String build = BuildFixtures.build(BuildFixtures.setup());

        var refused =
                People.as("OPERATOR")
                        .upload(
                                "/api/builds/" + build + "/log?fileName=log%0A.csv",
                                "text/csv",
                                BuildFixtures.logCsv(20));

        expectProblem(refused, 422, "control characters");
        assertThat(People.as("QA").get("/api/builds/" + build + "/log").status()).isEqualTo(404);
    }

    @Test
    @Tag("CFR-11.10a")
    void aCertificateOrReportThatIsNotAPdfIsRefused() throws IOException {
        String lot = powderLot();
        for (byte[] notPdf :
                new byte[][] {
                    HTML, zipBomb(), "%PDF-1.7 only a header".getBytes(StandardCharsets.US_ASCII)
                }) {
            expectProblem(
                    attachCertificate(lot, "CoA.pdf", "application/pdf", notPdf),
                    422,
                    "must be a PDF document");
        }
        assertThat(hasCertificate(lot)).isFalse();

        var key = ComponentFixtures.newLot();
        expectProblem(
                People.as("QA")
                        .upload(
                                key.path() + "/certificate?fileName=CoC.pdf&reason=reissued",
                                "application/pdf",
                                HTML),
                422,
                "must be a PDF document");
    }

    @Test
    @Tag("CFR-11.10b")
    void aPdfCertificateIsKeptAndServedAsAPdfWhateverItsUploaderCalledIt(Browser browser)
            throws Exception {
        String lot = powderLot();
        byte[] pdf = Plant.onePagePdf("Certificate of analysis " + lot);

        expect(attachCertificate(lot, "CoA%20%C3%A4%22x%22.pdf", "text/html", pdf), 200);

        var certificate =
                People.as("QA").get("/api/powder-lots/" + lot).json().getJsonObject("certificate");
        long fileId = certificate.getJsonNumber("fileId").longValue();
        browser.loginAs("QA");
        String cookie =
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> download =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(Api.BASE + "/record/evidence/" + fileId))
                                        .header("Cookie", cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"CoA __x_.pdf\"; filename*=UTF-8''CoA%20%C3%A4_x_.pdf");
    }

    @Test
    @Tag("CFR-11.10b")
    void aBuildLogIsServedAsCsvWhateverItsUploaderCalledIt() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        byte[] csv = BuildFixtures.logCsv(20);
        expect(
                People.as("OPERATOR")
                        .upload("/api/builds/" + build + "/log?fileName=log.csv", "text/html", csv),
                200);

        var download = expect(People.as("QA").get("/api/builds/" + build + "/log"), 200);

        assertThat(download.body()).isEqualTo(csv);
        assertThat(download.contentType()).startsWith("text/csv");
    }

    /** 64 MiB of zeros in a small ZIP archive, named like a certificate. */
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
}
