package org.implantdhr.certificate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.DocumentModelLoader;
import org.implantdhr.certificate.control.DocumentTimestamp;
import org.implantdhr.certificate.control.ReleasedRecord;
import org.implantdhr.certificate.control.SignatureDetails;
import org.implantdhr.certificate.entity.ImplantDocumentVersion;
import org.implantdhr.certificate.entity.ImplantDocumentVersion.Kind;
import org.implantdhr.documents.AnnexXiiiStatementRenderer;
import org.implantdhr.documents.ImplantCardRenderer;
import org.implantdhr.documents.RenderedDocument;
import org.implantdhr.evidence.control.Sha256;
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
 * The documents that go with a released implant to the hospital and the patient: the MDR Article 18
 * implant card and, for a custom-made device, the Annex XIII statement.
 *
 * <p>They are rendered on demand. Everything they print is stored and fixed at release (the
 * evaluation's facts snapshot with its SHA-256, the signed decision, the case) and they are dated
 * by the release signature, so the same record and template give the same document every time.
 * Unlike the certificate they carry no signature of ours that a copy would have to match, and the
 * manufacturer's details (address, website, card texts) may change after release: a reprint should
 * show the current ones. Each generation is audited with the SHA-256 of the bytes handed out, and
 * each generation is kept with its SHA-256 ({@link ImplantDocumentVersion}), so that the public
 * verification recognises any copy in circulation.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class ImplantDocuments {

    /** Renderers are thread-safe and load their template once: one per server. */
    private static final ImplantCardRenderer CARD = new ImplantCardRenderer();

    private static final AnnexXiiiStatementRenderer STATEMENT = new AnnexXiiiStatementRenderer();
    private static final List<String> READ_ALL = List.of("QA", "QA_MANAGER", "REGULATOR");

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject DocumentModelLoader models;
    @Inject CertificateKeys keys;
    @Inject ReleaseRecords releaseRecords;

    /**
     * 404 for an unknown serial, 403 for a surgeon of another case, 409 while the implant is not
     * released.
     */
    public PatientDocument implantCard(String serialNumber) {
        Implant implant = readable(serialNumber);
        RenderedDocument card = CARD.render(models.implantCard(released(implant)));
        return generated(implant, Kind.IMPLANT_CARD, "implant-card-" + serialNumber, card);
    }

    /**
     * As {@link #implantCard}, and 409 for a device that is not custom-made (it has a UDI and no
     * statement).
     */
    public PatientDocument annexXiiiStatement(String serialNumber) {
        Implant implant = readable(serialNumber);
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        if (implantCase.pathway() != RegulatoryPathway.CUSTOM_MADE) {
            throw new ConflictingRecordException(
                    "Implant "
                            + serialNumber
                            + " is a "
                            + implantCase.pathway()
                            + " device (case "
                            + implantCase.caseNumber()
                            + "): an Annex XIII statement is made only for "
                            + "custom-made devices");
        }
        RenderedDocument statement = STATEMENT.render(models.annexXiiiStatement(released(implant)));
        return generated(
                implant,
                Kind.ANNEX_XIII_STATEMENT,
                "annex-xiii-statement-" + serialNumber,
                statement);
    }

    private Implant readable(String serialNumber) {
        Implant implant =
                em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                        .setParameter("serial", serialNumber)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
        if (READ_ALL.stream().noneMatch(session::isCallerInRole) && !isSurgeonOf(implant)) {
            throw new EJBAccessException(
                    "Only the surgeon of the case sees the documents of its implants");
        }
        return implant;
    }

    private boolean isSurgeonOf(Implant implant) {
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        return session.isCallerInRole("SURGEON")
                && implantCase != null
                && implantCase.isSurgeon(currentUser.account().id());
    }

    /** The release decision in force, with the evaluation and signature it was made on. */
    private ReleasedRecord released(Implant implant) {
        if (implant.status() != ImplantStatus.RELEASED) {
            throw new ConflictingRecordException(
                    "Implant "
                            + implant.serialNumber()
                            + " is "
                            + implant.status()
                            + ": its implant card and statement are made only once it is released");
        }
        ReleaseDecision decision =
                releaseRecords
                        .latestDecision(implant.id())
                        .filter(
                                d ->
                                        d.decision() == Decision.RELEASED
                                                && d.signatureId() != null
                                                && d.evaluation() != null)
                        .orElseThrow(
                                () ->
                                        new ConflictingRecordException(
                                                "Implant "
                                                        + implant.serialNumber()
                                                        + " has no signed release decision"));
        return models.released(
                implant,
                decision.evaluation(),
                releaseRecords.acknowledgementsOf(decision.evaluation()),
                em.find(ElectronicSignature.class, decision.signatureId()));
    }

    private PatientDocument generated(
            Implant implant, Kind kind, String name, RenderedDocument document) {
        String what = kind.words();
        // signed like the certificate (PAdES B-LT, B-LTA with a timestamp authority), so that
        // the patient's copy stays provable as long as the implant is carried
        byte[] signed =
                keys.signer()
                        .sign(
                                document.pdf(),
                                new SignatureDetails(
                                        "Implant DHR",
                                        "The "
                                                + what
                                                + " of implant "
                                                + implant.serialNumber()
                                                + " as released",
                                        "Implant DHR"));
        String sha256 = Sha256.hex(signed);
        // kept, so that POST /verify recognises this very copy wherever it goes
        em.persist(
                new ImplantDocumentVersion(
                        implant.id(),
                        kind,
                        document.templateVersion(),
                        signed,
                        sha256,
                        DocumentTimestamp.lastExpiry(signed).orElse(null),
                        RecordingClock.now(),
                        currentUser.username()));
        audit.event(
                "GENERATE",
                implant,
                what + " " + document.templateVersion() + ", sha256 " + sha256,
                null);
        return new PatientDocument(name + ".pdf", document.templateVersion(), sha256, signed);
    }
}
