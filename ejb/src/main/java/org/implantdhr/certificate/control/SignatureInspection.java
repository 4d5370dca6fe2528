package org.implantdhr.certificate.control;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.implantdhr.certificate.control.SignatureReport.SigningTimeSource;

/**
 * Examines one signature of a file: byte range, CMS, timestamp and signer certificate, in that
 * order.
 */
final class SignatureInspection {

    private final SignerCertificateCheck certificateCheck;

    SignatureInspection(List<X509Certificate> trustAnchors) {
        this.certificateCheck = new SignerCertificateCheck(trustAnchors);
    }

    SignatureReport inspect(SignatureField field, byte[] file) {
        List<String> problems = new ArrayList<>();
        SignedRange range = new SignedRange(field.byteRange());
        if (!range.isWellFormedIn(file)) {
            problems.add(
                    "its byte range is malformed or points outside the file, so it protects nothing");
            return unverifiable(field, false, problems);
        }
        // updates that only add validation data and document timestamps (B-LT, B-LTA) change
        // nothing that was signed
        boolean coversWholeFile =
                LaterRevisions.changeBeyondValidationData(file, (int) range.end()).isEmpty();
        byte[] signedBytes = range.signedBytes(file);
        Optional<CmsSignature> cms =
                range.contents(file).flatMap(contents -> CmsSignature.parse(contents, signedBytes));
        if (cms.isEmpty()) {
            problems.add(
                    "its signature value is not a readable CMS signature with exactly one signer");
            return unverifiable(field, coversWholeFile, problems);
        }
        Optional<X509Certificate> signer = cms.get().signerCertificate();
        if (signer.isEmpty()) {
            problems.add("the signer certificate is not included in the signature");
            return unverifiable(field, coversWholeFile, problems);
        }
        return verified(field, cms.get(), signer.get(), coversWholeFile, problems);
    }

    private SignatureReport verified(
            SignatureField field,
            CmsSignature cms,
            X509Certificate signer,
            boolean coversWholeFile,
            List<String> problems) {
        boolean intact = cms.verifies(signer, problems);
        cms.checkSigningCertificateAttribute(signer, problems);
        Optional<Instant> provenTime = SignatureTimestampCheck.verifiedTime(cms.signer(), problems);
        Optional<Instant> signingTime = provenTime.or(field::claimedSigningTime);
        SigningTimeSource source =
                provenTime.isPresent()
                        ? SigningTimeSource.TIMESTAMP
                        : signingTime.isPresent()
                                ? SigningTimeSource.SIGNER_CLAIM
                                : SigningTimeSource.NONE;
        if (signingTime.isEmpty()) {
            problems.add(
                    "it states no signing time; the certificate was judged at the time of this check");
        }
        boolean trusted =
                certificateCheck.trustedAt(
                        signer, cms.certificates(), signingTime.orElseGet(Instant::now), problems);
        return new SignatureReport(
                field.name(),
                Optional.of(signer.getSubjectX500Principal().getName()),
                intact,
                coversWholeFile,
                trusted,
                provenTime.isPresent(),
                signingTime,
                source,
                problems);
    }

    private static SignatureReport unverifiable(
            SignatureField field, boolean coversWholeFile, List<String> problems) {
        SigningTimeSource source =
                field.claimedSigningTime().isPresent()
                        ? SigningTimeSource.SIGNER_CLAIM
                        : SigningTimeSource.NONE;
        return new SignatureReport(
                field.name(),
                Optional.empty(),
                false,
                coversWholeFile,
                false,
                false,
                field.claimedSigningTime(),
                source,
                problems);
    }
}
