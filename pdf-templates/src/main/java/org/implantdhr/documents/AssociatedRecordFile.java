package org.implantdhr.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the machine-readable release record as a PDF/A-3 associated file: file specification with
 * AFRelationship Data, MIME subtype, size and dates, an entry in the EmbeddedFiles name tree and
 * the catalog's AF array.
 */
final class AssociatedRecordFile {

    static final String MIME_TYPE = "application/json";

    private AssociatedRecordFile() {}

    static void embed(PDDocument document, MachineReadableRecord record, ZonedDateTime created)
            throws IOException {
        Calendar date = GregorianCalendar.from(created.truncatedTo(ChronoUnit.SECONDS));
        byte[] json = record.json();
        PDEmbeddedFile file =
                new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype(MIME_TYPE);
        file.setSize(json.length);
        file.setCreationDate(date);
        file.setModDate(date);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(record.fileName());
        spec.setFileUnicode(record.fileName());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Machine-readable release record, SHA-256 " + record.sha256());
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(record.fileName(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associatedFiles = new COSArray();
        associatedFiles.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associatedFiles);
    }
}
