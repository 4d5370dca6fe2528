package org.implantdhr.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-3b: XMP identification (part 3, conformance B) mirroring the Info
 * dictionary, and an sRGB output intent for the DeviceRGB colours the layout uses. The profile is
 * the JDK's built-in sRGB, so no profile of uncertain licence ships in the jar.
 */
final class PdfA3Conformance {

    static final String TEMPLATE_VERSION_KEY = "TemplateVersion";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA3Conformance() {}

    static void apply(PDDocument document, DocumentDescription description) throws IOException {
        Calendar created =
                GregorianCalendar.from(description.created().truncatedTo(ChronoUnit.SECONDS));
        writeInfo(document.getDocumentInformation(), description, created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description, created));
        catalog.setMetadata(metadata);
        catalog.addOutputIntent(srgbOutputIntent(document));
        document.getDocument().getTrailer().setItem(COSName.ID, documentId(description));
    }

    /**
     * The file identifier PDF/A requires, derived from what the document describes itself as
     * (title, template, creation time) instead of the clock PDFBox would otherwise use, so that the
     * same model and template always render to the same bytes.
     */
    private static COSArray documentId(DocumentDescription description) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    String.join(
                                                    "\n",
                                                    description.title(),
                                                    description.author(),
                                                    description.subject(),
                                                    description.templateVersion(),
                                                    description
                                                            .created()
                                                            .toOffsetDateTime()
                                                            .toString())
                                            .getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(digest, 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void writeInfo(
            PDDocumentInformation info, DocumentDescription description, Calendar created) {
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setProducer(DocumentDescription.PRODUCER);
        info.setCreator(description.creator());
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setCustomMetadataValue(TEMPLATE_VERSION_KEY, description.templateVersion());
    }

    private static byte[] xmp(DocumentDescription description, Calendar created)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(description.title());
        dublinCore.addCreator(description.author());
        dublinCore.setDescription(description.subject());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(DocumentDescription.PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(description.creator());
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(3);
        try {
            identification.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("B is a valid PDF/A conformance level", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot serialise XMP", e);
        }
        return out.toByteArray();
    }

    private static PDOutputIntent srgbOutputIntent(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
