package org.implantdhr.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Withdraws a certificate in force under an e-signature made by the caller, and takes its implant
 * out of use: a released implant whose certificate is revoked is RECALLED, which also keeps it from
 * being evaluated or released again (a corrected certificate is a re-issue, which supersedes, not a
 * revocation). Both changes are audited with their old and new values, in the caller's transaction.
 */
@Dependent
public class CertificateRevocation {

    public static final int MAX_REASON = 2000;

    @Inject AuditTrail audit;

    /** The reason as stored: stripped, required, at most {@value #MAX_REASON} characters. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason", "Say why: a revocation or recall needs a reason");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_REASON) {
            throw new InvalidRequestException(
                    "reason", "The reason is longer than " + MAX_REASON + " characters");
        }
        return stripped;
    }

    /** SHA-256 (hex) of the UTF-8 bytes of canonical content, what an e-signature is bound to. */
    public static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public void revoke(
            ReleaseCertificate certificate,
            String reason,
            ElectronicSignature signature,
            Long recallId) {
        var before = certificate.auditState();
        certificate.revoke(
                reason,
                signature.signedAt(),
                signature.signer().username(),
                signature.id(),
                recallId);
        audit.changed(certificate, before, reason);
    }

    /** A recall also stops implants not yet released; a rejected or recalled one stays as it is. */
    public boolean takeOutOfUse(Implant implant, String reason) {
        // rejected, recalled, and an implant in (or taken out of) a patient stay as they are
        if (!implant.status().mayMoveTo(ImplantStatus.RECALLED)) {
            return false;
        }
        var before = implant.auditState();
        implant.moveTo(ImplantStatus.RECALLED);
        audit.changed(implant, before, reason);
        return true;
    }
}
