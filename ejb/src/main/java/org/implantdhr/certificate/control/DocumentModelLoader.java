package org.implantdhr.certificate.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.documents.AnnexXiiiStatementModel;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.ImplantCardModel;
import org.implantdhr.finishing.entity.CleaningRun;
import org.implantdhr.heattreatment.boundary.HeatTreatmentEvidence;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.release.control.FactsJson;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.facts.ReleaseFacts;

/**
 * Gathers what the documents of a released implant print and the evaluation's snapshot does not
 * hold — the case, the surgeon's name, the cleaning date, the full furnace trace of the
 * heat-treatment run, the concessions, the manufacturer from configuration ({@link
 * ManufacturerInformation}) — and hands it to {@link DocumentModelMapper}. All three documents are
 * made from a {@link ReleasedRecord}: the facts the evaluation judged (its snapshot, not the record
 * as it is now), its findings and acknowledgements, the case and the release signature.
 */
@Dependent
public class DocumentModelLoader {

    @PersistenceContext EntityManager em;

    @EJB HeatTreatmentRuns heatTreatmentRuns;

    @EJB Nonconformances nonconformances;

    @Inject ManufacturerInformation manufacturerInformation;

    @Inject
    @ConfigProperty(name = "implantdhr.public.base-url", defaultValue = "http://localhost:9080")
    String publicBaseUrl;

    /** Where a surgeon checks the certificate of an implant: printed as the QR code. */
    public String verificationUrl(String serialNumber) {
        String base =
                publicBaseUrl.endsWith("/")
                        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                        : publicBaseUrl;
        return base
                + "/verify/"
                + java.net.URLEncoder.encode(serialNumber, StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    public CertificateModel certificate(
            String certificateNumber,
            Instant issuedAt,
            Implant implant,
            ReleaseEvaluation evaluation,
            List<WarningAcknowledgement> acknowledgements,
            ElectronicSignature signature) {
        ReleasedRecord released = released(implant, evaluation, acknowledgements, signature);
        HeatTreatmentEvidence heatTreatment =
                released.facts().heatTreatment() == null || implant.heatTreatmentRunId() == null
                        ? null
                        : heatTreatmentRuns.evidence(implant.heatTreatmentRunId());
        List<NonconformanceRecord> conceded =
                nonconformances.ofImplant(implant.serialNumber()).stream()
                        .filter(n -> n.disposition() == Disposition.USE_AS_IS)
                        .toList();
        return DocumentModelMapper.certificate(
                certificateNumber,
                issuedAt,
                manufacturerInformation.manufacturer(),
                released,
                heatTreatment,
                verificationUrl(implant.serialNumber()),
                conceded);
    }

    /**
     * Loads what the evaluation's snapshot does not hold: the case, the surgeon's name, the
     * cleaning date.
     */
    public ReleasedRecord released(
            Implant implant,
            ReleaseEvaluation evaluation,
            List<WarningAcknowledgement> acknowledgements,
            ElectronicSignature signature) {
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        UserAccount surgeon = em.find(UserAccount.class, implantCase.surgeonId());
        ReleaseFacts facts = FactsJson.read(evaluation.factsJson());
        Instant cleaned =
                facts.cleaning() == null
                        ? null
                        : em.createNamedQuery(CleaningRun.BY_NUMBER, CleaningRun.class)
                                .setParameter("runNumber", facts.cleaning().runId())
                                .setMaxResults(1)
                                .getResultStream()
                                .findFirst()
                                .map(CleaningRun::performedAt)
                                .orElse(null);
        return new ReleasedRecord(
                implant,
                implantCase,
                surgeon == null ? null : surgeon.fullName(),
                evaluation,
                facts,
                acknowledgements,
                signature,
                cleaned);
    }

    public ImplantCardModel implantCard(ReleasedRecord released) {
        return DocumentModelMapper.implantCard(
                released,
                manufacturerInformation.manufacturer(),
                manufacturerInformation.expectedLifetime(),
                manufacturerInformation.warnings());
    }

    public AnnexXiiiStatementModel annexXiiiStatement(ReleasedRecord released) {
        return DocumentModelMapper.annexXiiiStatement(
                released,
                manufacturerInformation.manufacturer(),
                manufacturerInformation.manufacturingSites());
    }
}
