package org.implantdhr.certificate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.DocumentModelLoader;
import org.implantdhr.certificate.control.DocumentTimestamp;
import org.implantdhr.certificate.control.InspectionReport;
import org.implantdhr.certificate.control.SignatureDetails;
import org.implantdhr.certificate.control.SignatureReport;
import org.implantdhr.certificate.entity.CertificateStatus;
import org.implantdhr.certificate.entity.CertificateVersion;
import org.implantdhr.certificate.entity.ImplantDocumentVersion;
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.CertificateRenderer;
import org.implantdhr.documents.RenderedDocument;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.boundary.ReleaseRecords;
import org.implantdhr.release.entity.Decision;
import org.implantdhr.release.entity.ReleaseDecision;

/**
 * The signed PDF/A-3 release certificate of a released implant, and its verification by anyone
 * holding the serial number or the file. The certificate is issued in the transaction of the
 * release: a release without a certificate is not possible, and a failure to issue one fails the
 * release.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
@DeclareRoles({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN"})
public class Certificates {

    /** The roles that see every implant's verification whole; a surgeon only their own. */
    private static final List<String> ROLES =
            List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "ADMIN");

    /** Renderers are thread-safe and load their template once: one per server. */
    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject CertificateKeys keys;
    @Inject DocumentModelLoader models;
    @Inject ReleaseRecords releaseRecords;

    /**
     * Issues the certificate of the implant's release decision just stored; an earlier one is
     * superseded.
     */
    @RolesAllowed({"QA", "QA_MANAGER"})
    public ReleaseCertificate issue(String serialNumber) {
        Implant implant =
                implant(serialNumber)
                        .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
        ReleaseDecision decision =
                em.createNamedQuery(ReleaseDecision.OF_IMPLANT, ReleaseDecision.class)
                        .setParameter("implantId", implant.id())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .filter(d -> d.decision() == Decision.RELEASED)
                        .orElseThrow(
                                () ->
                                        new ConflictingRecordException(
                                                "Implant " + serialNumber + " is not released"));
        ElectronicSignature signature = em.find(ElectronicSignature.class, decision.signatureId());
        Instant issuedAt = RecordingClock.now();
        String number = "RC-" + serialNumber + "-" + decision.id();
        CertificateModel model =
                models.certificate(
                        number,
                        issuedAt,
                        implant,
                        decision.evaluation(),
                        releaseRecords.acknowledgementsOf(decision.evaluation()),
                        signature);
        RenderedDocument rendered = RENDERER.render(model);
        byte[] signed =
                keys.signer()
                        .sign(
                                rendered.pdf(),
                                new SignatureDetails(
                                        model.manufacturer().name(),
                                        "Release for distribution of implant " + serialNumber,
                                        "Implant DHR"));
        certificatesOf(serialNumber).stream()
                .filter(c -> c.status() == CertificateStatus.ISSUED)
                .forEach(
                        c -> {
                            var before = c.auditState();
                            c.supersede();
                            audit.changed(c, before, "superseded by certificate " + number);
                        });
        var certificate =
                new ReleaseCertificate(
                        implant.id(),
                        decision.id(),
                        serialNumber,
                        number,
                        signed,
                        sha256(signed),
                        rendered.templateVersion(),
                        issuedAt,
                        currentUser.username());
        em.persist(certificate);
        em.flush();
        audit.created(certificate);
        em.persist(
                new CertificateVersion(
                        certificate.id(),
                        1,
                        null,
                        certificate.sha256(),
                        DocumentTimestamp.lastExpiry(signed).orElse(null),
                        issuedAt,
                        currentUser.username()));
        return certificate;
    }

    /**
     * The certificate in force (or the latest one) as PDF; a surgeon gets only those of their own
     * cases.
     */
    public CertificateFile pdf(String serialNumber) {
        Implant implant =
                implant(serialNumber)
                        .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
        if (session.isCallerInRole("SURGEON") && !isSurgeonOf(implant)) {
            throw new EJBAccessException("Only the surgeon of the case sees its certificate");
        }
        ReleaseCertificate c =
                certificatesOf(serialNumber).stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Certificate of implant", serialNumber));
        // the latest version: the bytes as issued with every archive timestamp renewal since
        Optional<CertificateVersion> renewed =
                em.createNamedQuery(CertificateVersion.LATEST_OF, CertificateVersion.class)
                        .setParameter("certificateId", c.id())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .filter(v -> v.pdf() != null);
        return renewed.map(
                        v ->
                                new CertificateFile(
                                        c.certificateNumber(), v.sha256(), c.status(), v.pdf()))
                .orElseGet(
                        () ->
                                new CertificateFile(
                                        c.certificateNumber(), c.sha256(), c.status(), c.pdf()));
    }

    private boolean isSurgeonOf(Implant implant) {
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        return implantCase != null && implantCase.isSurgeon(currentUser.account().id());
    }

    /**
     * What the caller may know about a serial number: anyone the status and the certificate, a
     * signed-in person also the patient pseudonym and the reason of a revocation (see {@link
     * ImplantVerification}).
     */
    @PermitAll
    // the QR code's target, asked by anyone at any rate: it reads the database as it is now (no
    // cache, so a revocation on any server shows at once) and starts no transaction for a read
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImplantVerification verify(String serialNumber) {
        Instant now = RecordingClock.now();
        Optional<Implant> found = implant(serialNumber);
        if (found.isEmpty()) {
            return ImplantVerification.statusOnly(serialNumber, CertificateVerdict.UNKNOWN, now);
        }
        List<ReleaseCertificate> certificates = certificatesOf(serialNumber);
        if (certificates.isEmpty()) {
            return ImplantVerification.statusOnly(
                    serialNumber, CertificateVerdict.NOT_RELEASED, now);
        }
        Implant implant = found.get();
        ImplantVerification answer =
                of(certificates.get(0), implant, em.find(ImplantCase.class, implant.caseId()), now);
        return mayKnowPersonalDetails(implant) ? answer : answer.withoutPersonalDetails(false);
    }

    /**
     * Signed in (a session or the API's login) with any role of the application; a surgeon only for
     * the implants of their own cases, as for the certificate itself.
     */
    private boolean mayKnowPersonalDetails(Implant implant) {
        for (String role : ROLES) {
            if (session.isCallerInRole(role)) {
                return true;
            }
        }
        return session.isCallerInRole("SURGEON") && isSurgeonOf(implant);
    }

    /**
     * Checks an uploaded certificate file: signature, coverage, our CA, and whether we issued
     * exactly it.
     */
    @PermitAll
    public FileVerification verify(byte[] file) {
        InspectionReport report = keys.inspector().inspect(file);
        List<SignatureReport> signatures = report.signatures();
        SignatureReport last = signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
        // any version of the bytes we issued: as issued, or with archive timestamps renewed since
        Optional<ReleaseCertificate> issued =
                em.createNamedQuery(ReleaseCertificate.WITH_SHA256, ReleaseCertificate.class)
                        .setParameter("sha256", report.sha256())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .or(
                                () ->
                                        em.createNamedQuery(
                                                        CertificateVersion.WITH_SHA256,
                                                        CertificateVersion.class)
                                                .setParameter("sha256", report.sha256())
                                                .setMaxResults(1)
                                                .getResultStream()
                                                .findFirst()
                                                .map(
                                                        v ->
                                                                em.find(
                                                                        ReleaseCertificate.class,
                                                                        v.certificateId())));
        // else an implant card or Annex XIII statement we handed out: the implant's certificate
        // in force tells its status
        Optional<ImplantDocumentVersion> handedOut =
                issued.isPresent()
                        ? Optional.empty()
                        : em.createNamedQuery(
                                        ImplantDocumentVersion.WITH_SHA256,
                                        ImplantDocumentVersion.class)
                                .setParameter("sha256", report.sha256())
                                .setMaxResults(1)
                                .getResultStream()
                                .findFirst();
        Optional<ReleaseCertificate> statusFrom =
                issued.or(
                        () ->
                                handedOut.flatMap(
                                        d ->
                                                certificatesOf(
                                                                em.find(
                                                                                Implant.class,
                                                                                d.implantId())
                                                                        .serialNumber())
                                                        .stream()
                                                        .findFirst()));
        String document =
                issued.isPresent()
                        ? "release certificate"
                        : handedOut.map(d -> d.kind().words()).orElse(null);
        ImplantVerification implant =
                statusFrom
                        .map(
                                c -> {
                                    Implant i = em.find(Implant.class, c.implantId());
                                    // the status of the certificate the file is, which may differ
                                    // from the implant's latest one
                                    ImplantVerification whole =
                                            of(
                                                    c,
                                                    i,
                                                    em.find(ImplantCase.class, i.caseId()),
                                                    RecordingClock.now());
                                    // who holds the file has its pseudonym in hand already
                                    return mayKnowPersonalDetails(i)
                                            ? whole
                                            : whole.withoutPersonalDetails(true);
                                })
                        .orElse(null);
        List<String> problems = new ArrayList<>(report.problems());
        boolean ours = document != null;
        if (!ours) {
            problems.add(
                    "The file is not a document issued by this installation (its SHA-256 matches"
                            + " no certificate, implant card or Annex XIII statement).");
        }
        boolean intact =
                !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::intact);
        boolean trustworthy = report.trustworthy() && ours;
        return new FileVerification(
                report.sha256(),
                report.outcome() != InspectionReport.Outcome.NOT_A_PDF,
                report.outcome() == InspectionReport.Outcome.SIGNED,
                intact,
                last != null && last.coversWholeFile(),
                last != null && last.chainsToTrustAnchor(),
                last != null && last.timestamped(),
                last == null ? null : last.signingTime().orElse(null),
                ours,
                document,
                trustworthy,
                implant,
                problems);
    }

    /** The CA our certificates chain to, for anyone to check signatures with their own tools. */
    @PermitAll
    public String caCertificatePem() {
        return keys.trustAnchorPem();
    }

    /**
     * The CA's current certificate revocation list (DER, as RFC 5280 serves it over HTTP), which
     * our signer certificates name as their distribution point; empty when the CA publishes none.
     */
    @PermitAll
    public Optional<byte[]> caCrl() {
        return keys.crl();
    }

    private ImplantVerification of(
            ReleaseCertificate c, Implant implant, ImplantCase implantCase, Instant now) {
        CertificateVerdict verdict =
                switch (c.status()) {
                    case REVOKED -> CertificateVerdict.REVOKED;
                    case SUPERSEDED -> CertificateVerdict.SUPERSEDED;
                    case ISSUED ->
                            switch (implant.status()) {
                                case RELEASED -> CertificateVerdict.RELEASED;
                                case IMPLANTED -> CertificateVerdict.IMPLANTED;
                                case EXPLANTED -> CertificateVerdict.EXPLANTED;
                                case RECALLED -> CertificateVerdict.REVOKED;
                                default -> CertificateVerdict.NOT_RELEASED;
                            };
                };
        String reason =
                c.revokedReason() != null
                        ? c.revokedReason()
                        : verdict == CertificateVerdict.REVOKED ? "The implant was recalled" : null;
        RevocationCategory category =
                verdict != CertificateVerdict.REVOKED
                        ? null
                        : c.status() == CertificateStatus.REVOKED && c.recallId() == null
                                ? RevocationCategory.WITHDRAWN
                                : RevocationCategory.RECALL;
        return new ImplantVerification(
                implant.serialNumber(),
                verdict,
                c.certificateNumber(),
                c.sha256(),
                c.issuedAt(),
                c.templateVersion(),
                implantCase.deviceName(),
                implantCase.patientPseudonym(),
                c.revokedAt(),
                category,
                reason,
                now);
    }

    private Optional<Implant> implant(String serialNumber) {
        return em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                .setParameter("serial", serialNumber)
                .getResultStream()
                .findFirst();
    }

    private List<ReleaseCertificate> certificatesOf(String serialNumber) {
        return em.createNamedQuery(ReleaseCertificate.OF_SERIAL, ReleaseCertificate.class)
                .setParameter("serial", serialNumber)
                .getResultList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
