package org.implantdhr.recall.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.control.CertificateRevocation;
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.recall.entity.Recall;
import org.implantdhr.recall.entity.RecallOrigin;
import org.implantdhr.recall.entity.RecalledImplant;
import org.implantdhr.trace.boundary.AffectedImplant;
import org.implantdhr.trace.boundary.Traces;

/**
 * A QA manager recalls a powder lot, separation-plate lot, build or heat-treatment run. The forward
 * trace finds every implant made from it; in one transaction under one e-signature meaning RECALL,
 * every certificate in force among them is revoked and every implant not already rejected or
 * recalled is RECALLED (an implant still in production can no longer be released). The recall keeps
 * the list, which is also the answer.
 */
@Stateless
@RolesAllowed("QA_MANAGER")
public class Recalls {

    static final String SUBJECT_TYPE = "Recall";
    private static final int MAX_KEY = 200;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject ElectronicSignatures signatures;
    @Inject CertificateRevocation revocation;

    @EJB Traces traces;

    /**
     * 404 when no such lot, build or run exists; 409 when the recall would change nothing (all its
     * implants are already recalled or rejected, or it reached none); 422 without a reason or with
     * a wrong password.
     */
    public RecallRecord recall(
            RecallOrigin origin, String key, String reason, char[] password, String zoneId) {
        if (origin == null) {
            throw new InvalidRequestException(
                    "kind", "Say what is recalled: one of " + List.of(RecallOrigin.values()));
        }
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new InvalidRequestException(
                    "key", "Name the " + origin.label() + " (at most " + MAX_KEY + " characters)");
        }
        String why = CertificateRevocation.reason(reason);
        String number = key.strip();
        if (((Number)
                                em.createNativeQuery(origin.existsSql())
                                        .setParameter(1, number)
                                        .getSingleResult())
                        .longValue()
                == 0) {
            throw new NoSuchRecordException(capitalised(origin.label()), number);
        }
        List<AffectedImplant> reached = traces.forward(origin.trace(), number);
        if (reached.isEmpty()) {
            throw new ConflictingRecordException(
                    "No implant was made from "
                            + origin.label()
                            + " "
                            + number
                            + ": there is nothing to recall");
        }
        List<String> serials = reached.stream().map(AffectedImplant::serialNumber).toList();
        Map<String, Implant> implants =
                em.createQuery(
                                "select i from Implant i where i.serialNumber in :serials",
                                Implant.class)
                        .setParameter("serials", serials)
                        .getResultStream()
                        .collect(Collectors.toMap(Implant::serialNumber, Function.identity()));
        Map<String, ReleaseCertificate> inForce =
                em.createNamedQuery(
                                ReleaseCertificate.IN_FORCE_OF_SERIALS, ReleaseCertificate.class)
                        .setParameter("serials", serials)
                        .getResultStream()
                        .collect(
                                Collectors.toMap(
                                        ReleaseCertificate::serialNumber,
                                        Function.identity(),
                                        (a, b) -> a));

        var affected = new ArrayList<RecalledImplant>();
        boolean changes = false;
        for (AffectedImplant a : reached) {
            Implant implant = implants.get(a.serialNumber());
            ReleaseCertificate certificate = inForce.get(a.serialNumber());
            changes |= certificate != null || implant.status().mayMoveTo(ImplantStatus.RECALLED);
            affected.add(
                    new RecalledImplant(
                            implant.id(),
                            implant.serialNumber(),
                            implant.status(),
                            certificate == null ? null : certificate.certificateNumber(),
                            a.via()));
        }
        if (!changes) {
            throw new ConflictingRecordException(
                    "Every implant made from "
                            + origin.label()
                            + " "
                            + number
                            + " is already recalled or rejected"
                            + earlierRecall(origin, number));
        }
        String by = currentUser.username();
        var recall =
                new Recall(
                        origin,
                        number,
                        why,
                        signedContentSha256(origin, number, why, by, affected),
                        affected,
                        by,
                        RecordingClock.now());
        em.persist(recall);
        em.flush();
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.RECALL,
                        zoneId,
                        SUBJECT_TYPE,
                        recall.id(),
                        recall.contentSha256());
        recall.signedWith(signature.id());
        em.flush();
        audit.created(recall);

        String auditReason =
                "recall " + recall.id() + " of " + origin.label() + " " + number + ": " + why;
        for (RecalledImplant a : affected) {
            Implant implant = implants.get(a.serialNumber());
            // concurrent release of the same implant fails on the version instead of interleaving
            // with the recall
            em.lock(implant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            ReleaseCertificate certificate = inForce.get(a.serialNumber());
            if (certificate != null) {
                revocation.revoke(certificate, auditReason, signature, recall.id());
            }
            revocation.takeOutOfUse(implant, auditReason);
        }
        em.flush();
        return RecallRecord.of(recall, signature.manifestation());
    }

    @RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
    public List<RecallRecord> all(int offset, int limit) {
        List<Recall> recalls =
                em.createQuery(
                                "select r from Recall r order by r.createdAt desc, r.id desc",
                                Recall.class)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList();
        return recalls.stream().map(r -> RecallRecord.of(r, manifestation(r))).toList();
    }

    @RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
    public RecallRecord get(long id) {
        Recall recall = em.find(Recall.class, id);
        if (recall == null) {
            throw new NoSuchRecordException("Recall", id);
        }
        return RecallRecord.of(recall, manifestation(recall));
    }

    private String manifestation(Recall recall) {
        ElectronicSignature signature =
                recall.signatureId() == null
                        ? null
                        : em.find(ElectronicSignature.class, recall.signatureId());
        return signature == null ? null : signature.manifestation();
    }

    private String earlierRecall(RecallOrigin origin, String key) {
        return em.createQuery(
                        "select r.id from Recall r where r.origin = :origin and r.originKey = :key"
                                + " order by r.id desc",
                        Long.class)
                .setParameter("origin", origin)
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(id -> " (recall " + id + ")")
                .orElse("");
    }

    /**
     * What the recall signature is bound to: what is recalled, why, by whom, and each implant with
     * its certificate.
     */
    private static String signedContentSha256(
            RecallOrigin origin,
            String key,
            String reason,
            String by,
            List<RecalledImplant> affected) {
        var content = new LinkedHashMap<String, Object>();
        content.put("action", "RECALL");
        content.put("origin", origin.name());
        content.put("key", key);
        content.put("reason", reason);
        content.put("recalledBy", by);
        content.put("implants", affected.stream().map(RecalledImplant::state).toList());
        return CertificateRevocation.sha256(CanonicalJson.of(content));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
