package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.DocumentModelLoader;
import org.implantdhr.certificate.control.ManufacturerInformation;
import org.implantdhr.certificate.control.ReleasedRecord;
import org.implantdhr.certificate.control.SignatureDetails;
import org.implantdhr.documents.IncidentReportRenderer;
import org.implantdhr.documents.RenderedDocument;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.boundary.ReleaseRecords;
import org.implantdhr.release.entity.Decision;
import org.implantdhr.release.entity.ReleaseDecision;
import org.implantdhr.rules.facts.PowderLot;
import org.implantdhr.vigilance.control.ImdrfAnnex;
import org.implantdhr.vigilance.control.ImdrfTerm;
import org.implantdhr.vigilance.control.ImdrfTerms;
import org.implantdhr.vigilance.control.IncidentReportContent;
import org.implantdhr.vigilance.control.IncidentReportModels;
import org.implantdhr.vigilance.control.IncidentReportXml;
import org.implantdhr.vigilance.entity.ImdrfCoding;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * A vigilance case's incident report: the device section of the EU Manufacturer Incident Report
 * with the IMDRF codes a QA manager chose, as XML (in our schema, checked before it is handed out)
 * and as PDF/A-3b signed (PAdES) with the server's signing key like the outcome report. Both are
 * made on request from the signed record of that moment (the release's evaluated facts and
 * signature, the implantation, the explant) and not stored; each generation is audited on the case
 * with the SHA-256 of the bytes handed out. A draft until the case's reportability decision is
 * signed ({@link ReportabilityDecision}).
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class IncidentReports {

    private static final IncidentReportRenderer RENDERER = new IncidentReportRenderer();

    @PersistenceContext EntityManager em;

    @EJB VigilanceCases cases;

    @EJB ReportabilityDecisions decisions;

    @Inject ReleaseRecords releaseRecords;
    @Inject DocumentModelLoader models;
    @Inject ManufacturerInformation manufacturer;
    @Inject CertificateKeys keys;
    @Inject CurrentUser currentUser;
    @Inject AuditTrail audit;

    /** The codes chosen for a case, per annex, every annex present (empty when none chosen). */
    public Map<ImdrfAnnex, List<ImdrfTerm>> chosenCodes(String caseNumber) {
        return terms(coding(cases.get(caseNumber)));
    }

    /** Who chose the codes of a case last, when and why; empty while none are chosen. */
    public Optional<ImdrfCoding> coding(String caseNumber) {
        return coding(cases.get(caseNumber));
    }

    /**
     * A QA manager chooses the case's IMDRF codes: each list must hold codes of its own annex of
     * the shipped terminology, and a correction of an earlier choice needs its reason. Nothing is
     * stored when any code is refused. Audited (old and new codes).
     */
    @RolesAllowed("QA_MANAGER")
    public ImdrfCoding chooseCodes(
            String caseNumber, Map<ImdrfAnnex, List<String>> codes, String reason) {
        var chosen = new EnumMap<ImdrfAnnex, List<String>>(ImdrfAnnex.class);
        for (ImdrfAnnex annex : ImdrfAnnex.values()) {
            chosen.put(
                    annex,
                    ImdrfTerms.chosen(annex, codes.getOrDefault(annex, List.of())).stream()
                            .map(ImdrfTerm::code)
                            .toList());
        }
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        Optional<ImdrfCoding> earlier = coding(vigilanceCase);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (earlier.isPresent() && why == null) {
            throw new InvalidRequestException(
                    "reason", "Codes were chosen for this case before: say why they change");
        }
        if (why != null && why.length() > 2000) {
            throw new InvalidRequestException("reason", "At most 2000 characters");
        }
        Instant now = RecordingClock.now();
        String user = currentUser.username();
        ImdrfCoding coding = earlier.orElseGet(() -> new ImdrfCoding(vigilanceCase, user, now));
        Map<String, Object> before = coding.auditState();
        coding.choose(
                chosen.get(ImdrfAnnex.A),
                chosen.get(ImdrfAnnex.E),
                chosen.get(ImdrfAnnex.F),
                chosen.get(ImdrfAnnex.G),
                why,
                user,
                now);
        if (earlier.isPresent()) {
            audit.changed(coding, before, why);
        } else {
            em.persist(coding);
            audit.created(coding);
        }
        return coding;
    }

    public IncidentReportFile xml(String caseNumber) {
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        IncidentReportContent content = content(vigilanceCase);
        byte[] xml = IncidentReportXml.of(content);
        return generated(
                vigilanceCase,
                content,
                "incident-report-" + caseNumber + ".xml",
                "application/xml",
                "XML (schema incident-report-device-1.0)",
                xml);
    }

    public IncidentReportFile pdf(String caseNumber) {
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        IncidentReportContent content = content(vigilanceCase);
        RenderedDocument rendered = RENDERER.render(IncidentReportModels.of(content));
        byte[] signed =
                keys.signer()
                        .sign(
                                rendered.pdf(),
                                new SignatureDetails(
                                        content.manufacturer().name(),
                                        (content.draft()
                                                        ? "Draft incident report"
                                                        : "Incident report")
                                                + ", device section, vigilance case "
                                                + caseNumber,
                                        "Implant DHR"));
        return generated(
                vigilanceCase,
                content,
                "incident-report-" + caseNumber + ".pdf",
                "application/pdf",
                "PDF " + rendered.templateVersion(),
                signed);
    }

    private IncidentReportFile generated(
            VigilanceCase vigilanceCase,
            IncidentReportContent content,
            String name,
            String mediaType,
            String form,
            byte[] bytes) {
        String sha256 = Sha256.hex(bytes);
        audit.event(
                "GENERATE",
                vigilanceCase,
                (content.draft() ? "draft " : "")
                        + "incident report "
                        + form
                        + ", sha256 "
                        + sha256,
                null);
        return new IncidentReportFile(name, mediaType, content.draft(), sha256, bytes);
    }

    /** What the report says, from the signed record and the case. */
    /** Final once the case's EU MDR reportability decision is signed, a draft until then. */
    public ReportStatus status(String caseNumber) {
        return ReportStatus.of(caseNumber, decisions.ofCase(caseNumber));
    }

    private IncidentReportContent content(VigilanceCase vigilanceCase) {
        ReportStatus status = status(vigilanceCase.caseNumber());
        Implant implant = em.find(Implant.class, vigilanceCase.implantId());
        ReleasedRecord released = released(implant);
        Implantation implantation =
                em.createNamedQuery(Implantation.BY_IMPLANT, Implantation.class)
                        .setParameter("implantId", implant.id())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        LocalDate explantedOn =
                implantation == null
                        ? null
                        : em.createNamedQuery(Explantation.BY_IMPLANTATION, Explantation.class)
                                .setParameter("implantationId", implantation.id())
                                .getResultStream()
                                .findFirst()
                                .map(Explantation::explantedOn)
                                .orElse(null);
        var facts = released.facts();
        var account = currentUser.account();
        return new IncidentReportContent(
                vigilanceCase.caseNumber(),
                vigilanceCase.ruleId()
                        + ": "
                        + vigilanceCase.reason()
                        + " ("
                        + vigilanceCase.sourceLabel()
                        + ")",
                vigilanceCase.awareOn(),
                vigilanceCase.deadline(),
                vigilanceCase.dueOnAtTheLatest(),
                status.draft(),
                status.words(),
                manufacturer.manufacturer(),
                // the device as the implant card and certificate identify it (one mapping)
                models.implantCard(released).device(),
                released.implantCase().caseNumber(),
                released.implantCase().patientPseudonym(),
                released.implantCase().prescriptionReference(),
                facts.powderLots().stream().map(PowderLot::lotNumber).toList(),
                facts.componentLot() == null ? null : facts.componentLot().lotNumber(),
                released.signature().signedAt().atZone(released.zone()).toLocalDate(),
                implantation == null
                        ? null
                        : implantation.operatedAt().atZone(released.zone()).toLocalDate(),
                implantation == null ? null : implantation.hospital(),
                explantedOn,
                terms(coding(vigilanceCase)),
                RecordingClock.now(),
                account == null ? currentUser.username() : account.fullName(),
                released.zone());
    }

    /** The signed release decision the implant left the plant on, with its evaluation. */
    private ReleasedRecord released(Implant implant) {
        ReleaseDecision decision =
                em.createNamedQuery(ReleaseDecision.OF_IMPLANT, ReleaseDecision.class)
                        .setParameter("implantId", implant.id())
                        .getResultStream()
                        .filter(
                                d ->
                                        d.decision() == Decision.RELEASED
                                                && d.signatureId() != null
                                                && d.evaluation() != null)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new ConflictingRecordException(
                                                "Implant "
                                                        + implant.serialNumber()
                                                        + " has no signed release decision: its"
                                                        + " device section cannot be generated"));
        return models.released(
                implant,
                decision.evaluation(),
                releaseRecords.acknowledgementsOf(decision.evaluation()),
                em.find(ElectronicSignature.class, decision.signatureId()));
    }

    private Optional<ImdrfCoding> coding(VigilanceCase vigilanceCase) {
        return em.createNamedQuery(ImdrfCoding.OF_CASE, ImdrfCoding.class)
                .setParameter("caseId", vigilanceCase.id())
                .getResultStream()
                .findFirst();
    }

    private static Map<ImdrfAnnex, List<ImdrfTerm>> terms(Optional<ImdrfCoding> coding) {
        var terms = new EnumMap<ImdrfAnnex, List<ImdrfTerm>>(ImdrfAnnex.class);
        for (ImdrfAnnex annex : ImdrfAnnex.values()) {
            List<String> codes =
                    coding.map(
                                    c ->
                                            switch (annex) {
                                                case A -> c.deviceProblems();
                                                case E -> c.clinicalSigns();
                                                case F -> c.healthImpacts();
                                                case G -> c.components();
                                            })
                            .orElse(List.of());
            terms.put(
                    annex,
                    codes.stream().map(code -> ImdrfTerms.byCode(code).orElseThrow()).toList());
        }
        return terms;
    }
}
