package org.implantdhr.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a whole PDF with a PAdES baseline signature (B-B, or B-T when a timestamp authority is
 * given): SubFilter ETSI.CAdES.detached, an invisible signature field, and an incremental update so
 * that the original bytes — and with them a PDF/A-3 conformance — stay untouched. Thread-safe.
 */
public final class PadesSigner {

    private static final int CMS_OVERHEAD_BYTES = 4096;
    private static final int TIMESTAMP_TOKEN_BYTES = 8192;

    private final SigningKeys keys;
    private final Clock clock;
    private final CadesSigner cades;
    private final boolean timestamped;

    /** PAdES-B-B: the signing time is only the signer's claim in /M. */
    public PadesSigner(SigningKeys keys, Clock clock) {
        this(keys, Optional.empty(), clock);
    }

    /** PAdES-B-T: a timestamp from {@code timestamps} proves the signature existed at that time. */
    public PadesSigner(SigningKeys keys, TimestampSource timestamps, Clock clock) {
        this(keys, Optional.of(timestamps), clock);
    }

    private PadesSigner(SigningKeys keys, Optional<TimestampSource> timestamps, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.cades = new CadesSigner(keys, timestamps);
        this.timestamped = timestamps.isPresent();
    }

    /**
     * Returns {@code pdf} with a signature over the whole file appended as an incremental update.
     *
     * @throws PdfSigningException if the input is no readable PDF or the key cannot sign now
     * @throws TimestampException if a timestamp was configured but could not be obtained
     */
    public byte[] sign(byte[] pdf, SignatureDetails details) {
        Instant signingTime = clock.instant();
        checkCertificateValidAt(signingTime);
        try {
            return signWithReservedSpace(pdf, details, signingTime, estimatedSignatureSize());
        } catch (ReservedSpaceTooSmall tooSmall) {
            return signWithReservedSpace(
                    pdf, details, signingTime, tooSmall.needed + CMS_OVERHEAD_BYTES);
        }
    }

    private byte[] signWithReservedSpace(
            byte[] pdf, SignatureDetails details, Instant signingTime, int reserved) {
        try (PDDocument document = loadPdf(pdf);
                SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(reserved);
            document.addSignature(signatureDictionary(details, signingTime), options);
            ByteArrayOutputStream signedPdf =
                    new ByteArrayOutputStream(pdf.length + 2 * reserved + 2048);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signedPdf);
            byte[] cms = cades.sign(external.getContent().readAllBytes());
            if (cms.length > reserved) {
                throw new ReservedSpaceTooSmall(cms.length);
            }
            external.setSignature(cms);
            return signedPdf.toByteArray();
        } catch (IOException e) {
            throw new PdfSigningException("Cannot write the signed PDF: " + e.getMessage(), e);
        }
    }

    private static PDDocument loadPdf(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new PdfSigningException(
                    "The document to sign is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static PDSignature signatureDictionary(SignatureDetails details, Instant signingTime) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(details.signerName());
        signature.setReason(details.reason());
        signature.setLocation(details.location());
        signature.setSignDate(utcCalendar(signingTime));
        return signature;
    }

    private static Calendar utcCalendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private int estimatedSignatureSize() {
        int certificates = 0;
        for (X509Certificate certificate : keys.chain()) {
            certificates += encodedLength(certificate);
        }
        return certificates + CMS_OVERHEAD_BYTES + (timestamped ? TIMESTAMP_TOKEN_BYTES : 0);
    }

    private static int encodedLength(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateEncodingException e) {
            throw new PdfSigningException("The signing certificate cannot be encoded", e);
        }
    }

    private void checkCertificateValidAt(Instant signingTime) {
        X509Certificate signer = keys.signerCertificate();
        try {
            signer.checkValidity(Date.from(signingTime));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new PdfSigningException(
                    "The signing certificate "
                            + signer.getSubjectX500Principal().getName()
                            + " is not valid at "
                            + signingTime
                            + " (valid "
                            + signer.getNotBefore().toInstant()
                            + " to "
                            + signer.getNotAfter().toInstant()
                            + ")",
                    e);
        }
    }

    /**
     * The CMS outgrew the estimate (an unusually large timestamp token); signing once more fits it.
     */
    private static final class ReservedSpaceTooSmall extends RuntimeException {
        private final int needed;

        ReservedSpaceTooSmall(int needed) {
            super(null, null, false, false);
            this.needed = needed;
        }
    }
}
