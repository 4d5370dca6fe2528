package org.implantdhr.certificate.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Judges what the incremental updates after a signature changed. A long-term signature is followed
 * by updates that add only validation data (the /DSS) and document timestamps (a new signature
 * field and its widget); they leave every signed byte as it was and change nothing a reader sees.
 * Any other object redefined later — a page's content, its resources, the page tree, an existing
 * field — is named as a change after signing. Works on object numbers: an object defined at an
 * offset past the signed bytes was written by a later update.
 */
final class LaterRevisions {

    private static final Set<COSName> CATALOG_ADDITIONS =
            Set.of(COSName.getPDFName("DSS"), COSName.ACRO_FORM, COSName.getPDFName("Extensions"));
    private static final Set<COSName> ACRO_FORM_ADDITIONS =
            Set.of(COSName.FIELDS, COSName.SIG_FLAGS);

    private LaterRevisions() {}

    /**
     * Empty when everything after the first {@code signedLength} bytes only adds validation data
     * and document timestamps; else what else was changed.
     */
    static Optional<String> changeBeyondValidationData(byte[] file, int signedLength) {
        if (signedLength >= file.length) {
            return Optional.empty();
        }
        try (PDDocument signed = Loader.loadPDF(java.util.Arrays.copyOf(file, signedLength));
                PDDocument now = Loader.loadPDF(file)) {
            Map<COSObjectKey, Long> before = signed.getDocument().getXrefTable();
            Map<COSObjectKey, Long> after = now.getDocument().getXrefTable();
            Set<COSObjectKey> redefined = new HashSet<>();
            for (Map.Entry<COSObjectKey, Long> entry : after.entrySet()) {
                if (before.containsKey(entry.getKey())
                        && definedAfter(entry.getValue(), after, signedLength)) {
                    redefined.add(entry.getKey());
                }
            }
            return judge(signed, now, redefined);
        } catch (IOException | RuntimeException e) {
            return Optional.of("the updates after the signature cannot be read");
        }
    }

    private static boolean definedAfter(long offset, Map<COSObjectKey, Long> xref, int length) {
        if (offset >= 0) {
            return offset >= length;
        }
        Long stream = xref.get(new COSObjectKey(-offset, 0));
        return stream == null || stream >= length;
    }

    private static Optional<String> judge(
            PDDocument signed, PDDocument now, Set<COSObjectKey> redefined) {
        COSDictionary trailerBefore = signed.getDocument().getTrailer();
        COSDictionary trailerNow = now.getDocument().getTrailer();
        if (!same(trailerBefore.getItem(COSName.ROOT), trailerNow.getItem(COSName.ROOT))
                || !same(trailerBefore.getItem(COSName.INFO), trailerNow.getItem(COSName.INFO))
                || !same(
                        trailerBefore.getItem(COSName.ENCRYPT),
                        trailerNow.getItem(COSName.ENCRYPT))) {
            return Optional.of("the document's catalog or information was replaced");
        }
        Map<COSObjectKey, COSDictionary> pagesBefore = pages(signed);
        Map<COSObjectKey, COSDictionary> pagesNow = pages(now);
        if (!pagesBefore.keySet().equals(pagesNow.keySet())) {
            return Optional.of("pages were added or removed");
        }
        Set<COSObjectKey> allowedLists = new HashSet<>();
        COSDictionary catalogBefore = signed.getDocumentCatalog().getCOSObject();
        COSDictionary catalogNow = now.getDocumentCatalog().getCOSObject();
        COSDictionary formBefore = catalogBefore.getCOSDictionary(COSName.ACRO_FORM);
        COSDictionary formNow = catalogNow.getCOSDictionary(COSName.ACRO_FORM);
        keyOf(catalogBefore.getItem(COSName.ACRO_FORM)).ifPresent(allowedLists::add);
        Set<COSObjectKey> validationData = new HashSet<>();
        keyOf(catalogBefore.getItem(COSName.getPDFName("DSS"))).ifPresent(validationData::add);
        COSDictionary dss = catalogBefore.getCOSDictionary(COSName.getPDFName("DSS"));
        if (dss != null) {
            for (COSName name : dss.keySet()) {
                keyOf(dss.getItem(name)).ifPresent(validationData::add);
            }
        }
        for (COSObjectKey key : redefined) {
            Optional<String> problem;
            if (key.equals(catalogNow.getKey())) {
                problem = sameExcept(catalogBefore, catalogNow, CATALOG_ADDITIONS, "the catalog");
            } else if (pagesNow.containsKey(key)) {
                problem =
                        sameExcept(
                                        pagesBefore.get(key),
                                        pagesNow.get(key),
                                        Set.of(COSName.ANNOTS),
                                        "a page")
                                .or(
                                        () ->
                                                onlySignatureWidgetsAdded(
                                                        pagesBefore.get(key), pagesNow.get(key)));
            } else if (formNow != null && key.equals(formNow.getKey()) && formBefore != null) {
                problem = sameExcept(formBefore, formNow, ACRO_FORM_ADDITIONS, "the form");
            } else if (isSignatureField(key, signed) && isSignatureField(key, now)) {
                problem =
                        sameExcept(
                                dictionary(key, signed),
                                dictionary(key, now),
                                Set.of(),
                                "a signature field");
            } else if (validationData.contains(key)) {
                problem = Optional.empty();
            } else if (isListOnlyExtended(key, signed, now)) {
                problem = Optional.empty();
            } else {
                problem = Optional.of(describe(key, now) + " was replaced");
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * The annotations a page gained are the (invisible) widgets of signature or timestamp fields:
     * nothing a reader would see.
     */
    private static Optional<String> onlySignatureWidgetsAdded(
            COSDictionary before, COSDictionary after) {
        COSArray earlier = before.getCOSArray(COSName.ANNOTS);
        COSArray later = after.getCOSArray(COSName.ANNOTS);
        int kept = earlier == null ? 0 : earlier.size();
        if (later == null) {
            return kept == 0 ? Optional.empty() : Optional.of("annotations were removed");
        }
        if (later.size() < kept) {
            return Optional.of("annotations were removed");
        }
        for (int i = 0; i < kept; i++) {
            if (!same(earlier.get(i), later.get(i))) {
                return Optional.of("an annotation was replaced");
            }
        }
        for (int i = kept; i < later.size(); i++) {
            if (!(later.getObject(i) instanceof COSDictionary added)
                    || !COSName.WIDGET.equals(added.getCOSName(COSName.SUBTYPE))
                    || !COSName.SIG.equals(added.getCOSName(COSName.FT))) {
                return Optional.of("an annotation other than a signature field was added");
            }
        }
        return Optional.empty();
    }

    /** An array (a page's /Annots, the form's /Fields) to which elements were only appended. */
    private static boolean isListOnlyExtended(COSObjectKey key, PDDocument signed, PDDocument now) {
        COSBase before = signed.getDocument().getObjectFromPool(key).getObject();
        COSBase after = now.getDocument().getObjectFromPool(key).getObject();
        if (!(before instanceof COSArray earlier) || !(after instanceof COSArray later)) {
            return false;
        }
        if (later.size() < earlier.size()) {
            return false;
        }
        for (int i = 0; i < earlier.size(); i++) {
            if (!same(earlier.get(i), later.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> sameExcept(
            COSDictionary before, COSDictionary after, Set<COSName> mayChange, String what) {
        Set<COSName> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (COSName name : names) {
            if (mayChange.contains(name)) {
                continue;
            }
            if (!same(before.getItem(name), after.getItem(name))) {
                return Optional.of(what + " was changed (/" + name.getName() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Two values read from the two revisions are the same: references to the same object, or equal
     * direct values.
     */
    private static boolean same(COSBase a, COSBase b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return keyOf(a).equals(keyOf(b)) && keyOf(a).isPresent();
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (COSName name : x.keySet()) {
                if (!same(x.getItem(name), y.getItem(name))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static COSDictionary dictionary(COSObjectKey key, PDDocument document) {
        return (COSDictionary) document.getDocument().getObjectFromPool(key).getObject();
    }

    private static boolean isSignatureField(COSObjectKey key, PDDocument document) {
        return document.getDocument().getObjectFromPool(key).getObject()
                        instanceof COSDictionary field
                && COSName.SIG.equals(field.getCOSName(COSName.FT));
    }

    private static String describe(COSObjectKey key, PDDocument document) {
        COSBase object = document.getDocument().getObjectFromPool(key).getObject();
        String kind =
                object instanceof COSDictionary dictionary
                        ? Optional.ofNullable(dictionary.getCOSName(COSName.TYPE))
                                .or(() -> Optional.ofNullable(dictionary.getCOSName(COSName.FT)))
                                .map(name -> "/" + name.getName())
                                .orElse("dictionary " + dictionary.keySet())
                        : object == null ? "nothing" : object.getClass().getSimpleName();
        return "object " + key.getNumber() + " (" + kind + ")";
    }

    private static Optional<COSObjectKey> keyOf(COSBase value) {
        if (value instanceof COSObject object) {
            return Optional.ofNullable(object.getKey());
        }
        return value == null ? Optional.empty() : Optional.ofNullable(value.getKey());
    }

    private static Map<COSObjectKey, COSDictionary> pages(PDDocument document) {
        Map<COSObjectKey, COSDictionary> pages = new HashMap<>();
        List<COSObjectKey> order = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            pages.put(dictionary.getKey(), dictionary);
            order.add(dictionary.getKey());
        }
        return pages;
    }
}
