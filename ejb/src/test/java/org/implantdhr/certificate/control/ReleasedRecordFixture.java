package org.implantdhr.certificate.control;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.release.control.FactsJson;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Evaluation;
import org.implantdhr.rules.Finding;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.RuleSetVersion;
import org.implantdhr.rules.Verdict;
import org.implantdhr.rules.facts.Build;
import org.implantdhr.rules.facts.CaseFile;
import org.implantdhr.rules.facts.Cleaning;
import org.implantdhr.rules.facts.ComponentLot;
import org.implantdhr.rules.facts.Design;
import org.implantdhr.rules.facts.InspectionResult;
import org.implantdhr.rules.facts.PowderCertificate;
import org.implantdhr.rules.facts.PowderLot;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.specification.Comparison;

/**
 * A released record as the database would hand it to {@link DocumentModelMapper}, built from the
 * entities' own constructors: a chest-wall plate with one powder lot, a plate lot, a cleaning run
 * and three findings, one of them a warning. Each "without" method takes a piece of evidence away.
 */
final class ReleasedRecordFixture {

    static final String SERIAL = "CW-UNIT-01";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant SIGNED_AT = Instant.parse("2026-03-14T15:05:12Z");
    static final Instant CLEANED_AT = Instant.parse("2026-03-10T08:30:00Z");
    static final String STL_SHA256 = "ab".repeat(32);
    static final String UDI_DI = "(01)04012345678901";

    private RegulatoryPathway pathway = RegulatoryPathway.CUSTOM_MADE;
    private boolean withPlate = true;
    private boolean withCleaning = true;
    private boolean withDesign = true;
    private Instant cleanedAt = CLEANED_AT;
    private final List<String> acknowledgedChecks = new ArrayList<>();

    ReleasedRecordFixture patientMatched() {
        pathway = RegulatoryPathway.PATIENT_MATCHED;
        return this;
    }

    ReleasedRecordFixture withoutPlateLot() {
        withPlate = false;
        return this;
    }

    ReleasedRecordFixture withoutCleaning() {
        withCleaning = false;
        return this;
    }

    ReleasedRecordFixture withoutDesign() {
        withDesign = false;
        return this;
    }

    /** The cleaning run of the snapshot could not be found any more. */
    ReleasedRecordFixture cleaningDateUnknown() {
        cleanedAt = null;
        return this;
    }

    /**
     * The releasing QA person acknowledges the warning of this check (a concession printed on the
     * certificate).
     */
    ReleasedRecordFixture acknowledging(String checkId) {
        acknowledgedChecks.add(checkId);
        return this;
    }

    ReleasedRecord build() {
        Instant at = SIGNED_AT.minusSeconds(86_400);
        ImplantCase implantCase = new ImplantCase("CASE-UNIT-01", 7, "erin.engineer", at);
        implantCase.describe(
                "Universitätsklinikum Heidelberg",
                "PT-4242",
                pathway,
                LocalDate.of(2026, 3, 27),
                "Patient-specific chest-wall reconstruction plate",
                "CW-PLATE-TI64",
                pathway == RegulatoryPathway.CUSTOM_MADE ? "RX-CASE-UNIT-01" : null);
        setId(implantCase, 11L);
        Implant implant =
                new Implant(
                        SERIAL,
                        11L,
                        3L,
                        pathway == RegulatoryPathway.PATIENT_MATCHED ? UDI_DI : null,
                        "erin.engineer",
                        at);
        setId(implant, 21L);

        ReleaseFacts facts = facts();
        List<Finding> findings =
                List.of(
                        new Finding(
                                "CMP-EXPIRY",
                                "SP-LOT-77",
                                Outcome.PASS,
                                "2027-01-31",
                                "2026-03-27",
                                Comparison.ABSOLUTE,
                                "component lot",
                                "The plate lot expires after the surgery."),
                        new Finding(
                                "DES-HASH",
                                "D-1",
                                Outcome.PASS,
                                STL_SHA256,
                                STL_SHA256,
                                Comparison.ABSOLUTE,
                                "design",
                                "The build used the approved design."),
                        new Finding(
                                "PWD-REUSE",
                                "PB-1",
                                Outcome.WARN,
                                "7",
                                "8",
                                Comparison.ABSOLUTE,
                                "powder batch",
                                "The powder batch is close to its reuse limit."));
        String json = FactsJson.write(facts);
        ReleaseEvaluation evaluation =
                new ReleaseEvaluation(
                        21L,
                        LocalDate.of(2026, 3, 14),
                        new Evaluation(
                                findings,
                                new Verdict(true),
                                "TI64-ELI-CW",
                                "1.0",
                                new RuleSetVersion("1.0.0", "cd".repeat(32))),
                        json,
                        FactsJson.sha256(json),
                        "fingerprint",
                        "quinn.qa",
                        at);
        setId(evaluation, 31L);
        List<WarningAcknowledgement> acknowledgements =
                evaluation.findings().stream()
                        .filter(f -> acknowledgedChecks.contains(f.checkId()))
                        .map(
                                f ->
                                        new WarningAcknowledgement(
                                                f,
                                                "Reuse 7 of 8 accepted: oxygen 0.09 wt% measured in-house",
                                                "quinn.qa",
                                                SIGNED_AT.minusSeconds(600)))
                        .toList();
        UserAccount quinn =
                new UserAccount("quinn.qa", "Quinn Adeyemi", "hash", Set.of(Role.QA), at);
        ElectronicSignature signature =
                new ElectronicSignature(
                        quinn,
                        SignatureMeaning.RELEASE,
                        SIGNED_AT,
                        ZONE,
                        "ReleaseDecision",
                        21L,
                        "ef".repeat(32));
        return new ReleasedRecord(
                implant,
                implantCase,
                "Dr. Sofia Marin",
                evaluation,
                facts,
                acknowledgements,
                signature,
                withCleaning ? cleanedAt : null);
    }

    private ReleaseFacts facts() {
        Design design =
                withDesign
                        ? new Design(
                                "CASE-UNIT-01/1",
                                STL_SHA256,
                                STL_SHA256,
                                new BigDecimal("41.7"),
                                new BigDecimal("2.8"),
                                new BigDecimal("182.5"),
                                List.of(),
                                null)
                        : null;
        PowderLot powder =
                new PowderLot(
                        "PL-24-0117",
                        "Carpenter Additive",
                        LocalDate.of(2026, 1, 5),
                        null,
                        new PowderCertificate(
                                "COA-0117",
                                "PL-24-0117",
                                Map.of(
                                        "O",
                                        new BigDecimal("0.09"),
                                        "Fe",
                                        new BigDecimal("0.18"),
                                        "Al",
                                        new BigDecimal("6.1"),
                                        "V",
                                        new BigDecimal("4.0"))),
                        null,
                        null,
                        null,
                        null,
                        "lars.lab");
        Build build =
                new Build(
                        "B-2026-014",
                        "EOS-M290-01",
                        "olga.operator",
                        "paul.programmer",
                        "PB-1",
                        Instant.parse("2026-03-01T06:00:00Z"),
                        Instant.parse("2026-03-01T19:30:00Z"),
                        "argon",
                        new BigDecimal("30"),
                        "01".repeat(32),
                        List.of());
        Cleaning cleaning =
                withCleaning
                        ? new Cleaning(
                                "CL-2026-031",
                                "CLN-US-ALK",
                                "3",
                                "CW-PLATE",
                                InspectionResult.PASS,
                                new BigDecimal("0"),
                                new BigDecimal("0.05"),
                                new BigDecimal("0.4"),
                                "lars.lab")
                        : null;
        ComponentLot plate =
                withPlate
                        ? new ComponentLot(
                                "Polymedics",
                                "PTFE-SEP-120",
                                "SP-LOT-77",
                                "COC-77",
                                LocalDate.of(2027, 1, 31),
                                false,
                                null)
                        : null;
        return new ReleaseFacts(
                SERIAL,
                LocalDate.of(2026, 3, 14),
                new CaseFile("CASE-UNIT-01", LocalDate.of(2026, 3, 27), "sofia.surgeon"),
                null,
                design,
                List.of(powder),
                null,
                null,
                List.of(),
                null,
                build,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                cleaning,
                null,
                plate,
                List.of(),
                List.of("olga.operator"),
                null,
                new BigDecimal("54.2"),
                null,
                null);
    }

    /** The database gives ids; the models use them for the record's JSON. */
    static void setId(Object entity, Long id) {
        try {
            Field field = Recorded.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
