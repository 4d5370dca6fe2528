package org.implantdhr.certificate.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.implantdhr.certificate.control.InspectionReport.Outcome;

/**
 * Verifies an uploaded PDF against the trust anchor of this installation (the CA that issued our
 * signer): is each signature intact, does the last one cover the whole file, was the signer
 * certificate issued under the anchor and valid when signing, and when was it signed. Never throws
 * on hostile or broken input; the answer then says what is wrong. Thread-safe.
 */
public final class SignedPdfInspector {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SEARCH_WINDOW = 1024;

    private final SignatureInspection signatureInspection;

    public SignedPdfInspector(X509Certificate trustAnchor) {
        this(List.of(trustAnchor));
    }

    /** Trusting any of {@code trustAnchors}: the current CA and those of earlier signing keys. */
    public SignedPdfInspector(List<X509Certificate> trustAnchors) {
        this.signatureInspection = new SignatureInspection(trustAnchors);
    }

    public InspectionReport inspect(byte[] file) {
        String sha256 = HexFormat.of().formatHex(sha256(file));
        if (!startsLikeAPdf(file)) {
            return InspectionReport.notAPdf(sha256);
        }
        Optional<List<SignatureField>> fields = signatureFields(file);
        if (fields.isEmpty()) {
            return InspectionReport.notAPdf(sha256);
        }
        if (fields.get().isEmpty()) {
            return InspectionReport.noSignature(sha256);
        }
        List<SignatureReport> signatures =
                fields.get().stream()
                        .filter(field -> !field.documentTimestamp())
                        .map(field -> inspectSafely(field, file))
                        .toList();
        if (signatures.isEmpty()) {
            return InspectionReport.noSignature(sha256);
        }
        List<String> problems = new ArrayList<>(problems(signatures, file.length));
        problems.addAll(
                DocumentTimestampCheck.problems(
                        fields.get().stream().filter(SignatureField::documentTimestamp).toList(),
                        file));
        return new InspectionReport(Outcome.SIGNED, sha256, signatures, problems);
    }

    private static boolean startsLikeAPdf(byte[] file) {
        int window = Math.min(file.length, HEADER_SEARCH_WINDOW);
        for (int i = 0; i + PDF_HEADER.length <= window; i++) {
            if (Arrays.equals(file, i, i + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    /** Empty when PDFBox cannot read the file at all. */
    private static Optional<List<SignatureField>> signatureFields(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            List<SignatureField> fields = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    fields.add(
                            new SignatureField(
                                    field.getFullyQualifiedName(),
                                    signature.getByteRange(),
                                    Optional.ofNullable(signature.getSignDate())
                                            .map(Calendar::toInstant),
                                    "ETSI.RFC3161".equals(signature.getSubFilter())));
                }
            }
            return Optional.of(fields);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private SignatureReport inspectSafely(SignatureField field, byte[] file) {
        try {
            return signatureInspection.inspect(field, file);
        } catch (RuntimeException e) {
            return new SignatureReport(
                    field.name(),
                    Optional.empty(),
                    false,
                    false,
                    false,
                    false,
                    Optional.empty(),
                    SignatureReport.SigningTimeSource.NONE,
                    List.of("it cannot be read: " + e.getMessage()));
        }
    }

    private static List<String> problems(List<SignatureReport> signatures, long fileLength) {
        List<String> problems = new ArrayList<>();
        for (SignatureReport signature : signatures) {
            signature
                    .problems()
                    .forEach(
                            problem ->
                                    problems.add(
                                            "Signature '"
                                                    + signature.fieldName()
                                                    + "': "
                                                    + problem));
        }
        if (signatures.stream().noneMatch(SignatureReport::coversWholeFile)) {
            problems.add(
                    "The file was changed after the last signature: bytes were appended (an incremental"
                            + " update) that add or change more than validation data and document"
                            + " timestamps, and no signature covers them.");
        }
        return problems;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
