package org.implantdhr.evidence.control;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * What an uploaded file must be before it is kept: a name that is a plain file name, and for a
 * certificate or report a PDF that PDFBox reads (an HTML page, a ZIP archive or random bytes
 * renamed .pdf are refused). The PDF is read in memory within a bound, so a crafted file cannot
 * exhaust the server; its streams are not decoded.
 */
final class UploadedFileCheck {

    /** Scratch memory PDFBox may use while reading one uploaded PDF. */
    static final long PDF_MEMORY_LIMIT = 32L * 1024 * 1024;

    private UploadedFileCheck() {}

    /**
     * Refuses names with control characters (CR, LF, NUL, any below U+0020 and DEL): they break
     * headers and logs, and no file system's name needs them.
     */
    static void checkName(String fileName) {
        if (fileName == null) {
            return;
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new InvalidRequestException(
                        "fileName",
                        "A file name must not contain control characters (such as line breaks);"
                                + " rename the file and upload it again");
            }
        }
    }

    static void checkContent(EvidenceKind kind, byte[] content) {
        if (kind.isPdf()) {
            checkPdf(kind, content);
        }
    }

    private static void checkPdf(EvidenceKind kind, byte[] content) {
        String what = kind.name().toLowerCase().replace('_', ' ');
        try (var document =
                Loader.loadPDF(
                        content,
                        "",
                        null,
                        null,
                        MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_LIMIT).streamCache)) {
            if (document.getNumberOfPages() < 1) {
                throw notPdf(what, "it has no pages");
            }
        } catch (InvalidPasswordException e) {
            throw notPdf(what, "it is encrypted with a password");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw notPdf(what, "it cannot be read as a PDF document");
        }
    }

    private static InvalidRequestException notPdf(String what, String why) {
        return new InvalidRequestException(
                "file", "A " + what + " must be a PDF document, and this file is not: " + why);
    }
}
