package org.implantdhr.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Appends the validation data of a signed PDF — certificates and revocation lists — to its document
 * security store (the catalog's /DSS, ISO 32000-2 §12.8.4.3) in an incremental update, so that a
 * validator needs nothing from the network years later: PAdES B-LT. The certificates of every
 * signature and timestamp already in the file are taken along, each certificate and list stored
 * once; every signature gets its /VRI entry (keyed by the SHA-1 of its /Contents). Stateless; the
 * signed bytes before the update stay as they are.
 */
final class DocumentSecurityStore {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName VRI_CERT = COSName.getPDFName("Cert");
    private static final COSName VRI_CRL = COSName.getPDFName("CRL");

    private DocumentSecurityStore() {}

    /**
     * {@code pdf} with {@code certificates}, {@code crls} and the certificates found in its
     * signatures and timestamps added to its document security store.
     */
    static byte[] withValidationData(
            byte[] pdf, Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        return withValidationData(pdf, certificates, crls, found -> List.of());
    }

    /**
     * As above, and the revocation lists that {@code revocationOfFound} gives for the certificates
     * found in the file's signatures and timestamps (e.g. those of an external timestamp
     * authority's chain).
     */
    static byte[] withValidationData(
            byte[] pdf,
            Collection<X509Certificate> certificates,
            Collection<X509CRL> crls,
            Function<List<X509Certificate>, List<X509CRL>> revocationOfFound) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setNeedToBeUpdated(true);
            COSDictionary dss = entry(catalog, DSS, COSDictionary.class);
            Store certs = new Store(document, entry(dss, CERTS, COSArray.class));
            Store revocations = new Store(document, entry(dss, CRLS, COSArray.class));
            COSDictionary vri = entry(dss, VRI, COSDictionary.class);

            Map<String, byte[]> wanted = new LinkedHashMap<>();
            for (X509Certificate certificate : certificates) {
                wanted.put(key(certificate.getEncoded()), certificate.getEncoded());
            }
            List<PDSignature> signatures = document.getSignatureDictionaries();
            for (PDSignature signature : signatures) {
                for (byte[] der : certificatesIn(signature.getContents())) {
                    wanted.putIfAbsent(key(der), der);
                }
            }
            COSArray certRefs = new COSArray();
            for (byte[] der : wanted.values()) {
                certRefs.add(certs.add(der));
            }
            COSArray crlRefs = new COSArray();
            List<X509CRL> allCrls = new ArrayList<>(crls);
            allCrls.addAll(revocationOfFound.apply(parsed(wanted.values())));
            for (X509CRL crl : allCrls) {
                crlRefs.add(revocations.add(crl.getEncoded()));
            }
            for (PDSignature signature : signatures) {
                String vriKey = vriKey(signature.getContents());
                if (!vri.containsKey(vriKey) && isCms(signature)) {
                    COSDictionary entry = new COSDictionary();
                    entry.setItem(VRI_CERT, certRefs);
                    entry.setItem(VRI_CRL, crlRefs);
                    vri.setItem(vriKey, entry);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new PdfSigningException(
                    "Cannot add the validation data to the signed PDF: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> parsed(Collection<byte[]> ders)
            throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : ders) {
            certificates.add(
                    (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        return certificates;
    }

    private static boolean isCms(PDSignature signature) {
        return !"ETSI.RFC3161".equals(signature.getSubFilter());
    }

    private static <T extends COSBase> T entry(COSDictionary parent, COSName name, Class<T> type)
            throws IOException {
        COSBase existing = parent.getDictionaryObject(name);
        if (type.isInstance(existing)) {
            T found = type.cast(existing);
            ((org.apache.pdfbox.cos.COSUpdateInfo) found).setNeedToBeUpdated(true);
            return found;
        }
        if (existing != null) {
            throw new IOException("/" + name.getName() + " of the document is no " + type);
        }
        T created =
                type == COSDictionary.class
                        ? type.cast(new COSDictionary())
                        : type.cast(new COSArray());
        created.setDirect(false);
        parent.setItem(name, created);
        return created;
    }

    /** Streams of one /DSS array, each content once. */
    private static final class Store {
        private final PDDocument document;
        private final COSArray array;
        private final Map<String, COSStream> byContent = new HashMap<>();

        Store(PDDocument document, COSArray array) throws IOException {
            this.document = document;
            this.array = array;
            for (COSBase item : array) {
                COSBase object =
                        item instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : item;
                if (object instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        byContent.put(key(in.readAllBytes()), stream);
                    }
                }
            }
        }

        COSStream add(byte[] content) throws IOException {
            String key = key(content);
            COSStream existing = byContent.get(key);
            if (existing != null) {
                return existing;
            }
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            array.add(stream);
            byContent.put(key, stream);
            return stream;
        }
    }

    /** The DER certificates in a CMS SignedData, and in the timestamp tokens it carries. */
    static List<byte[]> certificatesIn(byte[] contents) {
        List<byte[]> found = new ArrayList<>();
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
                found.add(holder.getEncoded());
            }
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                if (signer.getUnsignedAttributes() == null) {
                    continue;
                }
                org.bouncycastle.asn1.ASN1EncodableVector tokens =
                        signer.getUnsignedAttributes()
                                .getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                for (int i = 0; i < tokens.size(); i++) {
                    Attribute token = Attribute.getInstance(tokens.get(i));
                    CMSSignedData tokenData =
                            new CMSSignedData(
                                    ContentInfo.getInstance(token.getAttrValues().getObjectAt(0)));
                    for (X509CertificateHolder holder :
                            tokenData.getCertificates().getMatches(null)) {
                        found.add(holder.getEncoded());
                    }
                }
            }
        } catch (Exception unreadable) {
            // a signature we cannot read brings no certificates; its validation will say why
        }
        return found;
    }

    private static String vriKey(byte[] contents) throws GeneralSecurityException {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(contents));
    }

    private static String key(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
