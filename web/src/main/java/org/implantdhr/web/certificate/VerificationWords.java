package org.implantdhr.web.certificate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.certificate.boundary.CertificateVerdict;
import org.implantdhr.certificate.boundary.FileVerification;

/**
 * What a verification means, in the words every page uses for it: the public {@code /verify} pages
 * and the surgeon's check before the operation say the same thing for the same answer.
 */
public final class VerificationWords {

    /** One check of an uploaded file, passed or not, in plain words. */
    public record Check(String id, boolean passed, String text) implements Serializable {}

    private VerificationWords() {}

    /** The headline of a verification status. */
    public static String headline(CertificateVerdict status) {
        return switch (status) {
            case RELEASED -> "RELEASED — certificate in force";
            case IMPLANTED -> "IMPLANTED — in a patient; certificate in force";
            case EXPLANTED -> "EXPLANTED — do not implant again";
            case SUPERSEDED -> "SUPERSEDED — a newer certificate replaces this one";
            case REVOKED -> "REVOKED — do not implant";
            case NOT_RELEASED -> "NOT RELEASED — do not implant";
            case UNKNOWN -> "UNKNOWN — not a device of ours";
        };
    }

    /**
     * The checks of POST /verify, each in words. A file that is not a PDF, or a PDF without a
     * signature, has nothing that could have been changed after signing: it is answered as what it
     * is, not with the failures of checks that do not apply to it.
     */
    public static List<Check> checks(FileVerification v) {
        var checks = new ArrayList<Check>();
        if (!v.pdf()) {
            checks.add(
                    new Check(
                            "pdf",
                            false,
                            "The file is not a PDF: it cannot be a certificate of ours."));
            return List.copyOf(checks);
        }
        checks.add(
                new Check(
                        "signed",
                        v.signed(),
                        v.signed()
                                ? "The file is a PDF with an electronic signature."
                                : "The file is a PDF without an electronic signature: it is not a"
                                        + " certificate as we issue them."));
        if (v.signed()) {
            checks.add(
                    new Check(
                            "intact",
                            v.intact(),
                            v.intact()
                                    ? "The signature is intact: the signed content is unchanged."
                                    : "The signature does not match the content: the file was"
                                            + " changed after signing."));
            checks.add(
                    new Check(
                            "whole-file",
                            v.coversWholeFile(),
                            v.coversWholeFile()
                                    ? "The signature covers the whole file: nothing was added"
                                            + " after signing."
                                    : "The signature does not cover the whole file: something"
                                            + " was added after signing."));
            checks.add(
                    new Check(
                            "our-ca",
                            v.chainsToOurCa(),
                            v.chainsToOurCa()
                                    ? "It was signed with a certificate of our certificate"
                                            + " authority."
                                    : "It was not signed with a certificate of our certificate"
                                            + " authority."));
        }
        checks.add(
                new Check(
                        "issued",
                        v.matchesIssued(),
                        v.matchesIssued()
                                ? "It is exactly the "
                                        + v.document()
                                        + " we issued (the SHA-256 equals the stored one)."
                                : "It is not a document we issued: its SHA-256 matches no"
                                        + " certificate, implant card or Annex XIII statement."));
        return List.copyOf(checks);
    }
}
