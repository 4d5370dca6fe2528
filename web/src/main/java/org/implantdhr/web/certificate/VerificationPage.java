package org.implantdhr.web.certificate;

import org.implantdhr.certificate.boundary.ImplantVerification;

/** The small page a surgeon sees after scanning the QR code: the status first, in large letters. */
final class VerificationPage {

    private VerificationPage() {}

    static String of(ImplantVerification v) {
        String headline =
                switch (v.status()) {
                    case RELEASED -> "Released — certificate in force";
                    case IMPLANTED -> "Implanted — in a patient; certificate in force";
                    case EXPLANTED -> "Explanted — do not implant again";
                    case SUPERSEDED -> "Superseded — a newer certificate replaces this one";
                    case REVOKED -> "REVOKED — do not implant";
                    case NOT_RELEASED -> "Not released — do not implant";
                    case UNKNOWN -> "Unknown serial number — not a device of ours";
                };
        String colour =
                switch (v.status()) {
                    case RELEASED, IMPLANTED -> "#1b5e20";
                    case SUPERSEDED -> "#8d6e00";
                    default -> "#b71c1c";
                };
        var page =
                new StringBuilder(
                        """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Implant %s</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:40rem}
                h1{font-size:1.5rem;color:#fff;background:%s;padding:.75rem;border-radius:.5rem}
                dt{font-weight:600;margin-top:.5rem}dd{margin:0;overflow-wrap:anywhere}</style></head><body>
                <h1>%s</h1><dl>
                """
                                .formatted(escape(v.serialNumber()), colour, escape(headline)));
        row(page, "Serial number", v.serialNumber());
        row(page, "Device", v.deviceName());
        row(page, "Patient code", v.patientPseudonym());
        row(page, "Certificate", v.certificateNumber());
        row(page, "Issued", v.issuedAt() == null ? null : v.issuedAt().toString());
        row(page, "Certificate SHA-256", v.certificateSha256());
        row(page, "Revoked", v.revokedAt() == null ? null : v.revokedAt().toString());
        row(page, "Reason", v.revokedReason());
        page.append(
                "</dl><p>Compare the SHA-256 with the file you hold, or upload the file to this address"
                        + " (POST /verify) to check its signature.</p></body></html>");
        return page.toString();
    }

    /**
     * The page behind "Verify a certificate": one field for the serial number printed on the
     * implant card.
     */
    static String lookup(String contextPath) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Verify a certificate</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:40rem}
                label{display:block;font-weight:600;margin:.5rem 0 .25rem}
                input,button{font:inherit;padding:.5rem;max-width:100%%;box-sizing:border-box}
                input{width:100%%}button{margin-top:.5rem}</style></head><body>
                <h1>Verify a certificate</h1>
                <form method="get" action="%s/verify">
                <label for="serial">Serial number of the implant</label>
                <input id="serial" name="serial" required autocomplete="off" autocapitalize="characters">
                <button type="submit" id="look-up">Show its status</button></form>
                <p>Or scan the QR code on the certificate. A PDF you hold can be checked by posting it to this
                address (POST /verify); signed-in surgeons can upload it from their case.</p></body></html>
                """
                .formatted(escape(contextPath));
    }

    private static void row(StringBuilder page, String label, String value) {
        if (value != null) {
            page.append("<dt>")
                    .append(escape(label))
                    .append("</dt><dd>")
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
