package org.implantdhr.certificate.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.documents.AnnexXiiiStatementModel;
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
import org.implantdhr.documents.ImplantCardModel;
import org.implantdhr.documents.MachineReadableRecord;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.Materials;
import org.implantdhr.documents.PowderChemistry;
import org.implantdhr.documents.PowderLot;
import org.implantdhr.documents.Prescriber;
import org.implantdhr.documents.ProcessSummary;
import org.implantdhr.documents.ReleaseDecision;
import org.implantdhr.documents.SeparationPlateLot;
import org.implantdhr.documents.SignatureManifestation;
import org.implantdhr.heattreatment.boundary.HeatTreatmentEvidence;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.facts.Characteristic;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.furnace.FurnaceMeasures;

/**
 * Maps a {@link ReleasedRecord} to what the documents of a released implant print: the release
 * certificate, the MDR Article 18 implant card and, for a custom-made device, the Annex XIII
 * statement. Pure functions of their arguments (no database, no configuration), so that what a
 * document says is tested without a server; what they need from the database and the configuration
 * is gathered by {@link DocumentModelLoader}.
 */
final class DocumentModelMapper {

    private DocumentModelMapper() {}

    static CertificateModel certificate(
            String certificateNumber,
            Instant issuedAt,
            Manufacturer manufacturer,
            ReleasedRecord released,
            HeatTreatmentEvidence heatTreatment,
            String verificationUrl) {
        return certificate(
                certificateNumber,
                issuedAt,
                manufacturer,
                released,
                heatTreatment,
                verificationUrl,
                List.of());
    }

    /**
     * @param conceded the implant's nonconformances dispositioned USE_AS_IS: each is printed in
     *     full as a concession, and its check as passed under that concession
     */
    static CertificateModel certificate(
            String certificateNumber,
            Instant issuedAt,
            Manufacturer manufacturer,
            ReleasedRecord released,
            HeatTreatmentEvidence heatTreatment,
            String verificationUrl,
            List<NonconformanceRecord> conceded) {
        ImplantCase implantCase = released.implantCase();
        Implant implant = released.implant();
        ReleaseFacts facts = released.facts();
        ZoneId zone = released.zone();
        ElectronicSignature signature = released.signature();
        ReleaseEvaluation evaluation = released.evaluation();
        return new CertificateModel(
                certificateNumber,
                issuedAt.atZone(zone),
                manufacturer,
                device(implant, implantCase),
                new CaseReference(
                        implantCase.caseNumber(),
                        implantCase.patientPseudonym(),
                        implantCase.hospital(),
                        released.surgeonName(),
                        implantCase.plannedSurgeryDate()),
                facts.design() == null
                        ? null
                        : new DesignReference(
                                facts.design().designId(), facts.design().approvedStlSha256()),
                materials(facts),
                process(facts, heatTreatment, released.cleaningCompletedAt(), zone),
                new ReleaseDecision(
                        evaluation.specificationCode(),
                        evaluation.specificationVersion(),
                        evaluation.ruleSetVersion(),
                        checks(evaluation, conceded),
                        concessions(released.acknowledgements(), conceded, zone),
                        manifestation(signature, zone)),
                true,
                verificationUrl,
                new MachineReadableRecord(
                        "release-record-" + implant.serialNumber() + ".json",
                        ReleaseRecordJson.of(
                                certificateNumber,
                                implant.serialNumber(),
                                evaluation,
                                released.acknowledgements())));
    }

    /**
     * The card is dated by the release signature, not by the moment it is printed, so that printing
     * it again gives the same document. The implantation date is not known here: the hospital fills
     * it in.
     */
    static ImplantCardModel implantCard(
            ReleasedRecord released,
            Manufacturer manufacturer,
            String expectedLifetime,
            List<String> warnings) {
        ImplantCase implantCase = released.implantCase();
        return new ImplantCardModel(
                released.signature().signedAt().atZone(released.zone()),
                manufacturer,
                device(released.implant(), implantCase),
                implantCase.patientPseudonym(),
                null,
                implantCase.hospital(),
                expectedLifetime,
                warnings);
    }

    /**
     * MDR Annex XIII section 1 for a custom-made device. The characteristics are those the
     * prescription led to: the prescription reference, the approved patient-specific design and its
     * measures, the materials.
     *
     * @throws IllegalArgumentException when the device is not custom-made
     */
    static AnnexXiiiStatementModel annexXiiiStatement(
            ReleasedRecord released, Manufacturer manufacturer, List<String> manufacturingSites) {
        ImplantCase implantCase = released.implantCase();
        ZoneId zone = released.zone();
        return new AnnexXiiiStatementModel(
                released.signature().signedAt().atZone(zone),
                manufacturer,
                device(released.implant(), implantCase),
                implantCase.patientPseudonym(),
                new Prescriber(released.surgeonName(), implantCase.hospital()),
                characteristics(implantCase, released.facts()),
                List.of(),
                manufacturingSites,
                manifestation(released.signature(), zone));
    }

    private static List<String> characteristics(ImplantCase implantCase, ReleaseFacts facts) {
        List<String> lines = new ArrayList<>();
        if (implantCase.prescriptionReference() != null) {
            lines.add(
                    "Made to the written prescription "
                            + implantCase.prescriptionReference()
                            + " for surgery planned on "
                            + implantCase.plannedSurgeryDate()
                            + ".");
        }
        var design = facts.design();
        if (design != null) {
            lines.add(
                    "Patient-specific geometry of the approved design "
                            + design.designId()
                            + (design.approvedStlSha256() == null
                                    ? ""
                                    : " (STL SHA-256 " + design.approvedStlSha256() + ")")
                            + ".");
            List<String> measures = new ArrayList<>();
            if (design.maxOuterDimensionMm() != null) {
                measures.add(
                        "largest outer dimension "
                                + design.maxOuterDimensionMm().toPlainString()
                                + " mm");
            }
            if (design.minWallMm() != null) {
                measures.add(
                        "minimum wall thickness " + design.minWallMm().toPlainString() + " mm");
            }
            if (design.stlVolumeCm3() != null) {
                measures.add("volume " + design.stlVolumeCm3().toPlainString() + " cm³");
            }
            if (!measures.isEmpty()) {
                lines.add("Design measures: " + String.join(", ", measures) + ".");
            }
        }
        if (!facts.powderLots().isEmpty()) {
            lines.add(
                    "Additively manufactured from titanium alloy Ti-6Al-4V ELI (Grade 23), powder lot(s) "
                            + String.join(
                                    ", ",
                                    facts.powderLots().stream()
                                            .map(org.implantdhr.rules.facts.PowderLot::lotNumber)
                                            .toList())
                            + ".");
        }
        var plate = facts.componentLot();
        if (plate != null) {
            lines.add(
                    "Separation plate "
                            + plate.catalogueNumber()
                            + " of "
                            + plate.supplier()
                            + ", lot "
                            + plate.lotNumber()
                            + (plate.expiryDate() == null ? "" : ", expiry " + plate.expiryDate())
                            + ".");
        }
        return lines;
    }

    private static SignatureManifestation manifestation(
            ElectronicSignature signature, ZoneId zone) {
        return new SignatureManifestation(
                signature.printedName(),
                signature.signedAt().atZone(zone),
                signature.meaning().name());
    }

    private static DeviceIdentity device(Implant implant, ImplantCase implantCase) {
        DeviceCategory category =
                implantCase.pathway() == RegulatoryPathway.CUSTOM_MADE
                        ? DeviceCategory.CUSTOM_MADE
                        : DeviceCategory.PATIENT_MATCHED;
        String udi =
                implant.udiDi() == null
                        ? null
                        : implant.udiDi().contains("(21)")
                                ? implant.udiDi()
                                : implant.udiDi() + "(21)" + implant.serialNumber();
        return new DeviceIdentity(
                implantCase.deviceName(),
                implantCase.deviceModel(),
                implant.serialNumber(),
                category,
                udi);
    }

    private static Materials materials(ReleaseFacts facts) {
        var plate = facts.componentLot();
        return new Materials(
                facts.powderLots().stream()
                        .map(
                                lot -> {
                                    Map<String, BigDecimal> c =
                                            lot.certificate() == null
                                                    ? Map.of()
                                                    : lot.certificate().chemistryWtPercent();
                                    return new PowderLot(
                                            lot.lotNumber(),
                                            "Ti-6Al-4V ELI (Grade 23), " + lot.supplier(),
                                            new PowderChemistry(
                                                    c.get("O"),
                                                    c.get("N"),
                                                    c.get("H"),
                                                    c.get("Fe"),
                                                    c.get("Al"),
                                                    c.get("V")));
                                })
                        .toList(),
                plate == null
                        ? null
                        : new SeparationPlateLot(plate.lotNumber(), plate.expiryDate()));
    }

    private static ProcessSummary process(
            ReleaseFacts facts, HeatTreatmentEvidence evidence, Instant cleaned, ZoneId zone) {
        var b = facts.build();
        BuildRecord build =
                b == null
                        ? null
                        : new BuildRecord(
                                b.buildId(),
                                b.machineId(),
                                at(b.startedAt(), zone),
                                at(b.endedAt(), zone));
        var ht = facts.heatTreatment();
        HeatTreatmentRun run = null;
        if (ht != null) {
            run =
                    new HeatTreatmentRun(
                            ht.runId(),
                            ht.furnaceId(),
                            ht.recipeId(),
                            at(ht.startedAt(), zone),
                            at(ht.endedAt(), zone),
                            evidence == null
                                    ? null
                                    : curve(evidence, facts.furnaceChart(), ht.recipeSetpointC()));
        }
        var c = facts.cleaning();
        CleaningRecord cleaning =
                c == null
                        ? null
                        : new CleaningRecord(
                                c.runId(),
                                c.processId() + " version " + c.processVersion(),
                                at(cleaned, zone),
                                cleaningResult(c));
        var d = facts.dimensionalInspection();
        DimensionalSummary dimensional =
                d == null
                        ? null
                        : new DimensionalSummary(
                                d.inspectionId(),
                                d.instrumentId(),
                                d.characteristics().size(),
                                (int)
                                        d.characteristics().stream()
                                                .filter(DocumentModelMapper::inTolerance)
                                                .count(),
                                d.characteristics().stream()
                                        .filter(ch -> ch.deviationMm() != null)
                                        .max(Comparator.comparing(Characteristic::deviationMm))
                                        .map(
                                                ch ->
                                                        ch.deviationMm().toPlainString()
                                                                + " mm on "
                                                                + ch.name()
                                                                + (ch.toleranceMm() == null
                                                                        ? ""
                                                                        : " (±"
                                                                                + ch.toleranceMm()
                                                                                        .toPlainString()
                                                                                + " mm)"))
                                        .orElse("none measured"));
        return new ProcessSummary(build, run, cleaning, dimensional);
    }

    private static String cleaningResult(org.implantdhr.rules.facts.Cleaning c) {
        List<String> results = new ArrayList<>();
        if (c.visualResult() != null) {
            results.add("visual " + c.visualResult());
        }
        if (c.endotoxinEuPerDevice() != null) {
            results.add("endotoxin " + c.endotoxinEuPerDevice().toPlainString() + " EU/device");
        }
        return results.isEmpty() ? null : String.join(", ", results);
    }

    private static boolean inTolerance(Characteristic c) {
        return c.deviationMm() != null
                && c.toleranceMm() != null
                && c.deviationMm().compareTo(c.toleranceMm()) <= 0;
    }

    private static FurnaceCurve curve(
            HeatTreatmentEvidence evidence, FurnaceMeasures measures, BigDecimal setpoint) {
        long[] seconds = evidence.epochSeconds();
        double[][] load = evidence.loadThermocouplesC();
        if (seconds.length < 2 || load.length == 0) {
            return null;
        }
        double set = setpoint == null ? 800 : setpoint.doubleValue();
        double lower =
                measures != null && measures.bandLowerC() != null
                        ? measures.bandLowerC().doubleValue()
                        : set - 10;
        double upper =
                measures != null && measures.bandUpperC() != null
                        ? measures.bandUpperC().doubleValue()
                        : set + 10;
        long soakStart =
                measures != null && measures.soakStart() != null
                        ? measures.soakStart().getEpochSecond()
                        : seconds[0];
        long soakEnd =
                measures != null && measures.soakEnd() != null
                        ? measures.soakEnd().getEpochSecond()
                        : soakStart;
        return new FurnaceCurve(
                evidence.trace().loadThermocoupleNames(),
                seconds,
                load,
                set,
                lower,
                upper,
                soakStart,
                Math.max(soakStart, soakEnd));
    }

    private static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }

    private static List<CheckOutcome> checks(
            ReleaseEvaluation evaluation, List<NonconformanceRecord> conceded) {
        java.util.Set<String> concededChecks =
                conceded.stream()
                        .map(NonconformanceRecord::checkId)
                        .collect(java.util.stream.Collectors.toSet());
        return evaluation.findings().stream()
                .sorted(Comparator.comparingInt(ReleaseFinding::seq))
                .map(
                        f ->
                                new CheckOutcome(
                                        f.checkId(),
                                        f.sentence(),
                                        switch (f.outcome().name()) {
                                            case "PASS" -> CheckResult.PASS;
                                            case "WARN" -> CheckResult.PASS_UNDER_CONCESSION;
                                            case "FAIL" ->
                                                    concededChecks.contains(f.checkId())
                                                            ? CheckResult.PASS_UNDER_CONCESSION
                                                            : CheckResult.FAIL;
                                            case "NOT_APPLICABLE" -> CheckResult.NOT_APPLICABLE;
                                            default -> CheckResult.FAIL;
                                        }))
                .toList();
    }

    private static List<Concession> concessions(
            List<WarningAcknowledgement> acknowledgements,
            List<NonconformanceRecord> conceded,
            ZoneId zone) {
        List<Concession> all = new ArrayList<>();
        acknowledgements.forEach(
                a ->
                        all.add(
                                new Concession(
                                        "ACK-" + a.id(),
                                        a.finding().checkId(),
                                        a.comment(),
                                        a.createdBy(),
                                        LocalDate.ofInstant(
                                                a.createdAt(), java.time.ZoneOffset.UTC))));
        conceded.forEach(
                n ->
                        all.add(
                                new Concession(
                                        n.number(),
                                        n.checkId(),
                                        n.description() + " — used as is: " + n.justification(),
                                        n.approval() != null
                                                ? n.approval().printedName()
                                                : n.closedBy(),
                                        n.closedAt() == null
                                                ? null
                                                : LocalDate.ofInstant(n.closedAt(), zone))));
        return all;
    }
}
