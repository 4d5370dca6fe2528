package org.implantdhr.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Appends a document timestamp (SubFilter ETSI.RFC3161, PAdES B-LTA) over the whole file as it is:
 * the timestamp authority's token proves that these bytes — signatures and validation data included
 * — existed at that time, and so keeps them provable after the signer's certificate or an earlier
 * timestamp's certificate has expired. Thread-safe.
 */
public final class DocumentTimestamp {

    private static final int TOKEN_BYTES = 12_288;

    private final TimestampSource authority;

    public DocumentTimestamp(TimestampSource authority) {
        this.authority = authority;
    }

    /**
     * @throws TimestampException if the authority cannot be reached or answers wrongly
     */
    public byte[] stamp(byte[] pdf) {
        try {
            return stamp(pdf, TOKEN_BYTES);
        } catch (ReservedSpaceTooSmall tooSmall) {
            return stamp(pdf, tooSmall.needed + 2048);
        }
    }

    private byte[] stamp(byte[] pdf, int reserved) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(reserved);
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            document.addSignature(timestamp, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserved + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] token = authority.timestamp(external.getContent().readAllBytes()).getEncoded();
            if (token.length > reserved) {
                throw new ReservedSpaceTooSmall(token.length);
            }
            external.setSignature(token);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfSigningException(
                    "Cannot add the document timestamp: " + e.getMessage(), e);
        }
    }

    /**
     * When the certificate of the file's last document timestamp expires: the renewal is due
     * before; empty when the file has no document timestamp.
     */
    public static Optional<Instant> lastExpiry(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            for (int i = signatures.size() - 1; i >= 0; i--) {
                PDSignature signature = signatures.get(i);
                if (!"ETSI.RFC3161".equals(signature.getSubFilter())) {
                    continue;
                }
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                    TimeStampToken token =
                            new TimeStampToken(
                                    new CMSSignedData(ContentInfo.getInstance(in.readObject())));
                    return TimestampTokens.signerCertificate(token)
                            .map(certificate -> certificate.getNotAfter().toInstant());
                }
            }
            return Optional.empty();
        } catch (IOException
                | org.bouncycastle.cms.CMSException
                | org.bouncycastle.tsp.TSPException e) {
            throw new PdfSigningException(
                    "Cannot read the document timestamps: " + e.getMessage(), e);
        }
    }

    private static final class ReservedSpaceTooSmall extends RuntimeException {
        private final int needed;

        ReservedSpaceTooSmall(int needed) {
            super(null, null, false, false);
            this.needed = needed;
        }
    }
}
