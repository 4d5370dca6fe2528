package org.implantdhr.certificate.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.documents.BuildRecord;
import org.implantdhr.documents.CaseReference;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.CheckOutcome;
import org.implantdhr.documents.CheckResult;
import org.implantdhr.documents.CleaningRecord;
import org.implantdhr.documents.Concession;
import org.implantdhr.documents.DesignReference;
import org.implantdhr.documents.DeviceCategory;
import org.implantdhr.documents.DeviceIdentity;
import org.implantdhr.documents.DimensionalSummary;
import org.implantdhr.documents.FurnaceCurve;
import org.implantdhr.documents.HeatTreatmentRun;
import org.implantdhr.documents.MachineReadableRecord;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.Materials;
import org.implantdhr.documents.PowderChemistry;
import org.implantdhr.documents.PowderLot;
import org.implantdhr.documents.ProcessSummary;
import org.implantdhr.documents.ReleaseDecision;
import org.implantdhr.documents.SignatureManifestation;
import org.implantdhr.heattreatment.boundary.HeatTreatmentEvidence;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.release.control.FactsJson;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.facts.Characteristic;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds what a release certificate prints from the DHR: the facts the evaluation judged (its snapshot, not the
 * record as it is now), its findings and acknowledgements, the case, the release signature and the full furnace
 * trace of the heat-treatment run.
 */
@Dependent
public class CertificateModels {

    static final Manufacturer MANUFACTURER = new Manufacturer("Implant DHR demonstration manufacturer",
            "Registered address as on the device label", null);

    @PersistenceContext
    EntityManager em;

    @EJB
    HeatTreatmentRuns heatTreatmentRuns;

    @Inject
    @ConfigProperty(name = "implantdhr.public.base-url", defaultValue = "http://localhost:9080")
    String publicBaseUrl;

    /** Where a surgeon checks the certificate of an implant: printed as the QR code. */
    public String verificationUrl(String serialNumber) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/verify/" + java.net.URLEncoder.encode(serialNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public CertificateModel of(String certificateNumber, Instant issuedAt, Implant implant, ReleaseEvaluation evaluation,
                               List<WarningAcknowledgement> acknowledgements, ElectronicSignature signature) {
        ImplantCase implantCase = em.find(ImplantCase.class, implant.caseId());
        ZoneId zone = ZoneId.of(signature.zoneId());
        ReleaseFacts facts = FactsJson.read(evaluation.factsJson());
        UserAccount surgeon = em.find(UserAccount.class, implantCase.surgeonId());
        return new CertificateModel(certificateNumber, issuedAt.atZone(zone), MANUFACTURER,
                device(implant, implantCase),
                new CaseReference(implantCase.caseNumber(), implantCase.patientPseudonym(), implantCase.hospital(),
                        surgeon == null ? null : surgeon.fullName(), implantCase.plannedSurgeryDate()),
                facts.design() == null ? null : new DesignReference(facts.design().designId(),
                        facts.design().approvedStlSha256()),
                materials(facts), process(facts, implant, zone),
                new ReleaseDecision(evaluation.specificationCode(), evaluation.specificationVersion(),
                        evaluation.ruleSetVersion(), checks(evaluation), concessions(acknowledgements),
                        new SignatureManifestation(signature.printedName(), signature.signedAt().atZone(zone),
                                signature.meaning().name())),
                true, verificationUrl(implant.serialNumber()),
                new MachineReadableRecord("release-record-" + implant.serialNumber() + ".json",
                        record(certificateNumber, implant.serialNumber(), evaluation, acknowledgements)));
    }

    private static DeviceIdentity device(Implant implant, ImplantCase implantCase) {
        DeviceCategory category = implantCase.pathway() == RegulatoryPathway.CUSTOM_MADE
                ? DeviceCategory.CUSTOM_MADE : DeviceCategory.PATIENT_MATCHED;
        String udi = implant.udiDi() == null ? null
                : implant.udiDi().contains("(21)") ? implant.udiDi() : implant.udiDi() + "(21)" + implant.serialNumber();
        return new DeviceIdentity(implantCase.deviceName(), implantCase.deviceModel(), implant.serialNumber(),
                category, udi);
    }

    private static Materials materials(ReleaseFacts facts) {
        return new Materials(facts.powderLots().stream().map(lot -> {
            Map<String, BigDecimal> c = lot.certificate() == null ? Map.of() : lot.certificate().chemistryWtPercent();
            return new PowderLot(lot.lotNumber(), "Ti-6Al-4V ELI (Grade 23), " + lot.supplier(),
                    new PowderChemistry(c.get("O"), c.get("N"), c.get("H"), c.get("Fe"), c.get("Al"), c.get("V")));
        }).toList(), null);
    }

    private ProcessSummary process(ReleaseFacts facts, Implant implant, ZoneId zone) {
        var b = facts.build();
        BuildRecord build = b == null ? null : new BuildRecord(b.buildId(), b.machineId(), at(b.startedAt(), zone),
                at(b.endedAt(), zone));
        var ht = facts.heatTreatment();
        HeatTreatmentRun run = null;
        if (ht != null && implant.heatTreatmentRunId() != null) {
            HeatTreatmentEvidence evidence = heatTreatmentRuns.evidence(implant.heatTreatmentRunId());
            run = new HeatTreatmentRun(ht.runId(), ht.furnaceId(), ht.recipeId(), at(ht.startedAt(), zone),
                    at(ht.endedAt(), zone), curve(evidence, facts.furnaceChart(), ht.recipeSetpointC()));
        }
        var c = facts.cleaning();
        CleaningRecord cleaning = c == null ? null : new CleaningRecord(c.runId(),
                c.processId() + " version " + c.processVersion(), null,
                c.visualResult() == null ? null : "visual " + c.visualResult());
        var d = facts.dimensionalInspection();
        DimensionalSummary dimensional = d == null ? null : new DimensionalSummary(d.inspectionId(),
                d.instrumentId(), d.characteristics().size(),
                (int) d.characteristics().stream().filter(CertificateModels::inTolerance).count(),
                d.characteristics().stream().filter(ch -> ch.deviationMm() != null)
                        .max(Comparator.comparing(Characteristic::deviationMm))
                        .map(ch -> ch.deviationMm().toPlainString() + " mm on " + ch.name()
                                + (ch.toleranceMm() == null ? "" : " (±" + ch.toleranceMm().toPlainString() + " mm)"))
                        .orElse("none measured"));
        return new ProcessSummary(build, run, cleaning, dimensional);
    }

    private static boolean inTolerance(Characteristic c) {
        return c.deviationMm() != null && c.toleranceMm() != null && c.deviationMm().compareTo(c.toleranceMm()) <= 0;
    }

    private static FurnaceCurve curve(HeatTreatmentEvidence evidence, FurnaceMeasures measures, BigDecimal setpoint) {
        long[] seconds = evidence.epochSeconds();
        double[][] load = evidence.loadThermocouplesC();
        if (seconds.length < 2 || load.length == 0) {
            return null;
        }
        double set = setpoint == null ? 800 : setpoint.doubleValue();
        double lower = measures != null && measures.bandLowerC() != null ? measures.bandLowerC().doubleValue() : set - 10;
        double upper = measures != null && measures.bandUpperC() != null ? measures.bandUpperC().doubleValue() : set + 10;
        long soakStart = measures != null && measures.soakStart() != null ? measures.soakStart().getEpochSecond() : seconds[0];
        long soakEnd = measures != null && measures.soakEnd() != null ? measures.soakEnd().getEpochSecond() : soakStart;
        return new FurnaceCurve(evidence.trace().loadThermocoupleNames(), seconds, load, set, lower, upper,
                soakStart, Math.max(soakStart, soakEnd));
    }

    private static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }

    private static List<CheckOutcome> checks(ReleaseEvaluation evaluation) {
        return evaluation.findings().stream().sorted(Comparator.comparingInt(ReleaseFinding::seq))
                .map(f -> new CheckOutcome(f.checkId(), f.sentence(), switch (f.outcome().name()) {
                    case "PASS" -> CheckResult.PASS;
                    case "WARN" -> CheckResult.PASS_UNDER_CONCESSION;
                    case "NOT_APPLICABLE" -> CheckResult.NOT_APPLICABLE;
                    default -> CheckResult.FAIL;
                })).toList();
    }

    private static List<Concession> concessions(List<WarningAcknowledgement> acknowledgements) {
        return acknowledgements.stream().map(a -> new Concession("ACK-" + a.id(), a.finding().checkId(),
                a.comment(), a.createdBy(), LocalDate.ofInstant(a.createdAt(), java.time.ZoneOffset.UTC))).toList();
    }

    /** The evaluation's facts snapshot exactly as judged, with its findings: what a machine reads. */
    static byte[] record(String certificateNumber, String serialNumber, ReleaseEvaluation evaluation,
                         List<WarningAcknowledgement> acknowledgements) {
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (ReleaseFinding f : evaluation.findings()) {
            JsonObjectBuilder finding = Json.createObjectBuilder().add("seq", f.seq()).add("checkId", f.checkId())
                    .add("subject", f.subject()).add("outcome", f.outcome().name()).add("measured", f.measured())
                    .add("limit", f.limitText()).add("comparison", f.comparison().name())
                    .add("evidence", f.evidence()).add("sentence", f.sentence());
            acknowledgements.stream().filter(a -> Objects.equals(a.finding().id(), f.id())).findFirst()
                    .ifPresent(a -> finding.add("acknowledgement", Json.createObjectBuilder().add("by", a.createdBy())
                            .add("comment", a.comment()).add("at", a.createdAt().toString())));
            findings.add(finding);
        }
        var record = Json.createObjectBuilder()
                .add("certificateNumber", certificateNumber)
                .add("serialNumber", serialNumber)
                .add("evaluationId", evaluation.id())
                .add("specification", Json.createObjectBuilder().add("code", evaluation.specificationCode())
                        .add("version", evaluation.specificationVersion()))
                .add("ruleSetVersion", evaluation.ruleSetVersion())
                .add("verdict", evaluation.verdict().name())
                .add("factsSha256", evaluation.factsSha256())
                .add("facts", Json.createReader(new StringReader(evaluation.factsJson())).readValue())
                .add("findings", findings)
                .build();
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(record);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
