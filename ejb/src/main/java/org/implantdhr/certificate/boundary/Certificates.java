package org.implantdhr.certificate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.CertificateRenderer;
import org.implantdhr.documents.RenderedDocument;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
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
public class Certificates {

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

    /** What anyone may know about a serial number, without logging in. */
    @PermitAll
    public ImplantVerification verify(String serialNumber) {
        Optional<Implant> found = implant(serialNumber);
        if (found.isEmpty()) {
            return ImplantVerification.unknown(serialNumber);
        }
        Implant implant = found.get();
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        List<ReleaseCertificate> certificates = certificatesOf(serialNumber);
        if (certificates.isEmpty()) {
            return new ImplantVerification(
                    serialNumber,
                    CertificateVerdict.NOT_RELEASED,
                    null,
                    null,
                    null,
                    null,
                    implantCase.deviceName(),
                    implantCase.patientPseudonym(),
                    null,
                    null);
        }
        return of(certificates.get(0), implant, implantCase);
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
        ImplantVerification implant =
                issued.map(
                                c -> {
                                    Implant i = em.find(Implant.class, c.implantId());
                                    // the status of the certificate the file is, which may differ
                                    // from the implant's latest one
                                    return of(c, i, em.find(ImplantCase.class, i.caseId()));
                                })
                        .orElse(null);
        List<String> problems = new ArrayList<>(report.problems());
        if (issued.isEmpty()) {
            problems.add(
                    "The file is not a certificate issued by this installation (its SHA-256 matches none).");
        }
        boolean intact =
                !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::intact);
        boolean trustworthy = report.trustworthy() && issued.isPresent();
        return new FileVerification(
                report.sha256(),
                report.outcome() == InspectionReport.Outcome.SIGNED,
                intact,
                last != null && last.coversWholeFile(),
                last != null && last.chainsToTrustAnchor(),
                last != null && last.timestamped(),
                last == null ? null : last.signingTime().orElse(null),
                issued.isPresent(),
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

    private ImplantVerification of(ReleaseCertificate c, Implant implant, ImplantCase implantCase) {
        CertificateVerdict verdict =
                switch (c.status()) {
                    case REVOKED -> CertificateVerdict.REVOKED;
                    case SUPERSEDED -> CertificateVerdict.SUPERSEDED;
                    case ISSUED ->
                            implant.status() == ImplantStatus.RELEASED
                                    ? CertificateVerdict.RELEASED
                                    : implant.status() == ImplantStatus.RECALLED
                                            ? CertificateVerdict.REVOKED
                                            : CertificateVerdict.NOT_RELEASED;
                };
        String reason =
                c.revokedReason() != null
                        ? c.revokedReason()
                        : verdict == CertificateVerdict.REVOKED ? "The implant was recalled" : null;
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
                reason);
    }

    private Optional<Implant> implant(String serialNumber) {
        return em.createQuery(
                        "select i from Implant i where i.serialNumber = :serial", Implant.class)
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
