package org.implantdhr.web.certificate;

import java.time.Instant;
import java.util.List;
import org.implantdhr.certificate.boundary.CertificateVerdict;
import org.implantdhr.certificate.boundary.FileVerification;
import org.implantdhr.certificate.boundary.ImplantVerification;
import org.implantdhr.certificate.boundary.IssuerIdentity;
import org.implantdhr.platform.control.IsoTime;

/**
 * The public pages of {@code /verify}, made for a phone: the status of a serial number (the QR
 * code's target), the check of a certificate PDF uploaded by anyone, and the form that asks for
 * either. Every page ends with who vouches for the answer: the manufacturer, the moment of the
 * check and the fingerprint of the CA, with its certificate to download. Written here rather than
 * as Faces views so that the QR code's target needs no session and no view state.
 */
final class VerificationPage {

    private static final String STYLE =
            """
            <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:40rem;line-height:1.4}
            h1{font-size:1.4rem;color:#fff;padding:.75rem;border-radius:.5rem;background:#37474f}
            h1.RELEASED,h1.IMPLANTED,h1.trusted{background:#1b5e20}h1.SUPERSEDED{background:#8d6e00}
            h1.REVOKED,h1.NOT_RELEASED,h1.EXPLANTED,h1.UNKNOWN,h1.untrusted{background:#b71c1c}
            h2{font-size:1.1rem;margin-top:1.5rem}
            dt{font-weight:600;margin-top:.5rem}dd{margin:0;overflow-wrap:anywhere}
            label{display:block;font-weight:600;margin:.5rem 0 .25rem}
            input,button{font:inherit;padding:.5rem;max-width:100%;box-sizing:border-box}
            input{width:100%}button{margin-top:.5rem}
            li.pass::marker{content:"✔ "}li.fail::marker{content:"✘ "}li.fail{color:#b71c1c}
            .hash,code{font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere}
            footer{margin-top:2rem;border-top:1px solid #ccc;font-size:.9rem}</style>
            """;

    private VerificationPage() {}

    /** The answer for a serial number. */
    static String of(ImplantVerification v, IssuerIdentity issuer, String contextPath) {
        var page = head("Implant " + v.serialNumber());
        page.append("<h1 id=\"status\" class=\"")
                .append(v.status().name())
                .append("\" data-status=\"")
                .append(v.status().name())
                .append("\">")
                .append(escape(VerificationWords.headline(v.status())))
                .append("</h1><dl id=\"facts\">");
        row(page, "serial-number", "Serial number", v.serialNumber());
        row(page, "device", "Device", v.deviceName());
        row(page, "patient-code", "Patient code", v.patientPseudonym());
        row(page, "certificate-number", "Certificate", v.certificateNumber());
        row(page, "issued-at", "Issued", time(v.issuedAt()));
        row(page, "certificate-sha256", "Certificate SHA-256", v.certificateSha256());
        if (v.status() == CertificateVerdict.REVOKED) {
            row(page, "revoked-at", "Revoked", time(v.revokedAt()));
            row(
                    page,
                    "revocation-category",
                    "Why",
                    v.revocationCategory() == null ? null : v.revocationCategory().words());
            row(page, "revoked-reason", "Reason", v.revokedReason());
        }
        page.append("</dl>");
        if (v.certificateSha256() != null) {
            page.append(
                    "<p>Compare the SHA-256 with that of the file you hold, or check the file"
                            + " below.</p>");
        }
        uploadForm(page, contextPath);
        return end(page, issuer, v.checkedAt(), contextPath);
    }

    /** The answer for an uploaded file, check by check. */
    static String of(
            FileVerification v,
            String fileName,
            IssuerIdentity issuer,
            Instant checkedAt,
            String contextPath) {
        var page = head("Check of " + fileName);
        boolean inForce =
                v.trustworthy()
                        && v.implant() != null
                        && v.implant().status() == CertificateVerdict.RELEASED;
        String verdict =
                inForce
                        ? "Genuine, and the certificate is in force: the implant may be used."
                        : v.trustworthy()
                                ? "Genuine, but this certificate is no longer in force: do not"
                                        + " implant."
                                : !v.pdf()
                                        ? "Not a PDF: this file is no certificate of ours."
                                        : "Do not rely on this file.";
        page.append("<h1 id=\"file-verdict\" class=\"")
                .append(inForce ? "trusted" : "untrusted")
                .append("\">")
                .append(escape(verdict))
                .append("</h1><p>Result for <strong id=\"file-name\">")
                .append(escape(fileName))
                .append("</strong></p><ul id=\"checks\">");
        for (VerificationWords.Check check : VerificationWords.checks(v)) {
            page.append("<li id=\"check-")
                    .append(check.id())
                    .append("\" class=\"")
                    .append(check.passed() ? "pass" : "fail")
                    .append("\" data-passed=\"")
                    .append(check.passed())
                    .append("\">")
                    .append(escape(check.text()))
                    .append("</li>");
        }
        page.append("</ul><dl>");
        if (v.implant() != null) {
            row(page, "file-implant", "Implant", v.implant().serialNumber());
            row(page, "file-certificate", "Certificate", v.implant().certificateNumber());
            row(
                    page,
                    "file-status",
                    "Status now",
                    VerificationWords.headline(v.implant().status()));
            row(
                    page,
                    "file-revocation-category",
                    "Why",
                    v.implant().revocationCategory() == null
                            ? null
                            : v.implant().revocationCategory().words());
        }
        if (v.timestamped()) {
            row(page, "signing-time", "Signed (time stamp)", time(v.signingTime()));
        }
        row(page, "file-sha256", "SHA-256 of your file", v.sha256());
        page.append("</dl>");
        List<String> problems = v.pdf() ? v.problems() : List.of();
        if (!problems.isEmpty()) {
            page.append("<h2>What speaks against it</h2><ul id=\"problems\">");
            problems.forEach(p -> page.append("<li>").append(escape(p)).append("</li>"));
            page.append("</ul>");
        }
        uploadForm(page, contextPath);
        return end(page, issuer, checkedAt, contextPath);
    }

    /** The form behind "Verify a certificate": a serial number, or a PDF to check. */
    static String lookup(
            String contextPath, IssuerIdentity issuer, Instant checkedAt, String problem) {
        var page = head("Verify a certificate");
        page.append("<h1>Verify a certificate</h1>");
        if (problem != null) {
            page.append("<p id=\"problem\" role=\"alert\">").append(escape(problem)).append("</p>");
        }
        page.append("<form method=\"get\" action=\"")
                .append(escape(contextPath))
                .append(
                        """
                        /verify">
                        <label for="serial">Serial number of the implant</label>
                        <input id="serial" name="serial" required autocomplete="off" autocapitalize="characters">
                        <button type="submit" id="look-up">Show its status</button></form>
                        <p>Or scan the QR code on the certificate.</p>
                        """);
        uploadForm(page, contextPath);
        return end(page, issuer, checkedAt, contextPath);
    }

    private static void uploadForm(StringBuilder page, String contextPath) {
        page.append("<h2>Check a certificate PDF you hold</h2><form id=\"upload\" method=\"post\"")
                .append(" enctype=\"multipart/form-data\" action=\"")
                .append(escape(contextPath))
                .append(
                        """
                        /verify">
                        <label for="file">Certificate PDF</label>
                        <input type="file" id="file" name="file" required accept="application/pdf,.pdf">
                        <button type="submit" id="check-file">Check the file</button></form>
                        <p>The file is checked on this server and not kept: its signature, that the signature
                        covers the whole file, that it was signed under our certificate authority, that it is
                        exactly a certificate, implant card or Annex XIII statement we issued, and the implant's
                        status now.</p>
                        """);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(
                        """
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                        <meta name="viewport" content="width=device-width, initial-scale=1">
                        <title>""")
                .append(escape(title))
                .append("</title>")
                .append(STYLE)
                .append("</head><body>");
    }

    /** Who vouches for the answer, and when it was given. */
    private static String end(
            StringBuilder page, IssuerIdentity issuer, Instant checkedAt, String contextPath) {
        page.append("<footer id=\"vouched\"><p>Answered for <strong id=\"manufacturer\">")
                .append(
                        escape(
                                issuer.manufacturer() == null
                                        ? "the manufacturer (name not configured)"
                                        : issuer.manufacturer()))
                .append("</strong>, the legal manufacturer, at <time id=\"checked-at\" datetime=\"")
                .append(time(checkedAt))
                .append("\">")
                .append(time(checkedAt))
                .append(
                        "</time>.</p><p>Every certificate is signed under the certificate authority"
                                + " with the SHA-256 fingerprint <code id=\"ca-fingerprint\">")
                .append(escape(issuer.caCertificateSha256()))
                .append("</code>. <a id=\"ca-download\" download=\"implantdhr-ca.pem\" href=\"")
                .append(escape(contextPath))
                .append(
                        "/verify/ca.pem\">Download the CA certificate</a> to check a signature with"
                                + " your own tools.</p></footer></body></html>");
        return page.toString();
    }

    private static String time(Instant at) {
        return at == null ? null : IsoTime.of(at);
    }

    private static void row(StringBuilder page, String id, String label, String value) {
        if (value != null) {
            page.append("<dt>")
                    .append(escape(label))
                    .append("</dt><dd id=\"")
                    .append(id)
                    .append("\">")
                    .append(escape(value))
                    .append("</dd>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
