package org.implantdhr.identity.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Makes e-signatures. The signer re-enters the password for every signature (21 CFR 11.200(a)): a
 * logged-in session is not enough. The signature is bound to the SHA-256 of what it signs.
 */
@Dependent
public class ElectronicSignatures {

    @PersistenceContext EntityManager em;

    @Inject CurrentUser currentUser;

    @Inject UserAccountIdentityStore identityStore;

    @Inject AuditTrail audit;

    @Inject ClientAddress clientAddress;

    public ElectronicSignature sign(
            char[] password,
            SignatureMeaning meaning,
            String zoneId,
            String subjectType,
            long subjectId,
            String signedHash) {
        UserAccount signer = currentUser.account();
        var reentry =
                identityStore.reentered(
                        signer, password, address(), SignInGuards.Channel.SIGNATURE);
        if (reentry == UserAccountIdentityStore.Reentry.LOCKED) {
            throw new InvalidRequestException(
                    "password",
                    "Too many wrong passwords: your account is locked, and the signature was"
                            + " not made. An administrator can unlock it, or it unlocks by"
                            + " itself after a while");
        }
        if (!reentry.matches()) {
            throw new InvalidRequestException(
                    "password", "The password does not match: the signature was not made");
        }
        var signature =
                new ElectronicSignature(
                        signer,
                        meaning,
                        RecordingClock.now(),
                        zone(zoneId),
                        subjectType,
                        subjectId,
                        signedHash);
        em.persist(signature);
        em.flush();
        audit.created(signature);
        return signature;
    }

    /** The signer's network address, where the request came over the web tier. */
    private String address() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException noRequest) {
            return "unknown";
        }
    }

    private static ZoneId zone(String zoneId) {
        try {
            return zoneId == null || zoneId.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(
                    "zone", "'" + zoneId + "' is not a time zone such as Europe/Berlin");
        }
    }
}
