package org.implantdhr.certificate.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The answer for an uploaded file: a release certificate, implant card or Annex XIII statement.
 *
 * @param pdf the file is a PDF at all (else nothing more can be said of it)
 * @param signed the file is a PDF that carries a signature
 * @param intact every signature verifies over the bytes it covers
 * @param coversWholeFile the last signature covers the whole file: nothing was appended
 * @param chainsToOurCa the signer certificate was issued under our CA and valid when signing
 * @param matchesIssued the file's SHA-256 equals a version of a certificate we issued, or an
 *     implant card or Annex XIII statement we handed out
 * @param document what the matching document is ("release certificate", "implant card", "Annex XIII
 *     statement"); null when it matches none
 * @param implant the current status of the implant the matching certificate belongs to; null when
 *     the file matches no certificate of ours
 * @param problems what speaks against trusting the file, in plain words
 */
public record FileVerification(
        String sha256,
        boolean pdf,
        boolean signed,
        boolean intact,
        boolean coversWholeFile,
        boolean chainsToOurCa,
        boolean timestamped,
        Instant signingTime,
        boolean matchesIssued,
        String document,
        boolean trustworthy,
        ImplantVerification implant,
        List<String> problems) {}
