package org.implantdhr.certificate.control;

import java.util.List;

/**
 * What {@link SignedPdfInspector} found in an uploaded file.
 *
 * @param outcome whether the file is a PDF and carries signatures at all
 * @param sha256 lower-case hex SHA-256 of the whole file as uploaded, whatever it is
 * @param signatures one report per signature field, in document order
 * @param problems everything that speaks against trusting the file, in plain words; empty when it
 *     is fine
 */
public record InspectionReport(
        Outcome outcome, String sha256, List<SignatureReport> signatures, List<String> problems) {

    public enum Outcome {
        NOT_A_PDF,
        NO_SIGNATURE,
        SIGNED
    }

    public InspectionReport {
        signatures = List.copyOf(signatures);
        problems = List.copyOf(problems);
    }

    static InspectionReport notAPdf(String sha256) {
        return new InspectionReport(
                Outcome.NOT_A_PDF, sha256, List.of(), List.of("The file is not a PDF."));
    }

    static InspectionReport noSignature(String sha256) {
        return new InspectionReport(
                Outcome.NO_SIGNATURE, sha256, List.of(), List.of("The PDF carries no signature."));
    }

    /**
     * Signed, intact, nothing appended, issued under the trust anchor: the file is what was signed.
     */
    public boolean trustworthy() {
        return outcome == Outcome.SIGNED && problems.isEmpty();
    }
}
