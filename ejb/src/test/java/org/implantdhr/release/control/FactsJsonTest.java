package org.implantdhr.release.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.facts.*;
import org.junit.jupiter.api.Test;

class FactsJsonTest {

    static ReleaseFacts facts() {
        return new ReleaseFacts(
                "SN-1",
                LocalDate.parse("2026-03-20"),
                new CaseFile("CASE-1", LocalDate.parse("2026-04-01"), "surgeon"),
                new CtScan(
                        "1.2.3",
                        LocalDate.parse("2026-03-01"),
                        new BigDecimal("0.625"),
                        new BigDecimal("0.60")),
                new Design(
                        "CASE-1/V1",
                        "a".repeat(64),
                        null,
                        new BigDecimal("1.000"),
                        new BigDecimal("1.5"),
                        null,
                        List.of(
                                new ESignature(
                                        "eng",
                                        "Eva",
                                        SignerRole.DESIGN_ENGINEER,
                                        SignatureMeaning.APPROVAL,
                                        Instant.parse("2026-03-05T10:00:00.123456Z"))),
                        null),
                List.of(
                        new PowderLot(
                                "PL-1",
                                "Ti AG",
                                LocalDate.parse("2026-01-01"),
                                new SupplierApproval("Ti AG", LocalDate.parse("2025-01-01"), null),
                                new PowderCertificate(
                                        "sha",
                                        "PL-1",
                                        Map.of(
                                                "O",
                                                new BigDecimal("0.10"),
                                                "Al",
                                                new BigDecimal("6.1"))),
                                new ParticleSize(null, null, null, null),
                                new BigDecimal("12"),
                                null,
                                null,
                                "lab")),
                null,
                null,
                List.of(),
                null,
                null,
                new BuildLogMeasures(
                        3,
                        new BigDecimal("1000"),
                        null,
                        new BigDecimal("800.0"),
                        new BigDecimal("60.900"),
                        1,
                        3,
                        0,
                        1,
                        null,
                        2,
                        1,
                        2),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of("a", "b"),
                new ReleaseSignature(
                        "qa",
                        "Quinn",
                        Instant.parse("2026-03-20T15:00:00Z"),
                        "Europe/Berlin",
                        SignatureMeaning.RELEASE,
                        true),
                new BigDecimal("177.20"),
                new Chronology(
                        List.of(
                                new DatedStep(
                                        ProcessStep.CT_SCAN,
                                        "CT 1.2.3",
                                        null,
                                        LocalDate.parse("2026-03-01"),
                                        Instant.parse("2026-03-02T08:00:00.123456Z")))),
                Instant.parse("2026-03-20T14:00:00.123Z"));
    }

    /**
     * A snapshot stored before specification 1.1 (no chronology, evaluation moment, duplicate
     * layers, sample gap or mesh defect; the excursion in whole seconds) reads back with those
     * absent, so that its decision replays.
     */
    @Test
    void readsASnapshotWrittenBeforeTheNewComponents() {
        String json =
                FactsJson.write(facts())
                        .replaceAll(",\"chronology\":\\{.*?\\]\\}", "")
                        .replaceAll(",\"evaluatedAt\":\"[^\"]*\"", "")
                        .replace("\"duplicateCount\":1,", "")
                        .replace(",\"firstDuplicateLayer\":2", "")
                        .replace(",\"meshDefect\":null", "")
                        .replace(
                                "\"longestExcursionSeconds\":60.900",
                                "\"longestExcursionSeconds\":61");
        assertThat(json)
                .doesNotContain(
                        "chronology",
                        "evaluatedAt",
                        "duplicateCount",
                        "firstDuplicateLayer",
                        "meshDefect");

        ReleaseFacts read = FactsJson.read(json);

        assertThat(read.chronology()).isNull();
        assertThat(read.evaluatedAt()).isNull();
        assertThat(read.design().meshDefect()).isNull();
        assertThat(read.buildLog().duplicateCount()).isNull();
        assertThat(read.buildLog().longestExcursionSeconds()).isEqualByComparingTo("61");
        assertThat(read.implantSerial()).isEqualTo("SN-1");
        assertThat(FactsJson.write(read))
                .as("written back byte for byte, so its SHA-256 still matches")
                .isEqualTo(json);
    }

    @Test
    void readsBackWhatItWrote() {
        ReleaseFacts facts = facts();
        String json = FactsJson.write(facts);
        ReleaseFacts read = FactsJson.read(json);
        assertThat(read).isEqualTo(facts);
        assertThat(FactsJson.write(read)).isEqualTo(json);
    }

    @Test
    void keepsTheScaleOfDecimals() {
        ReleaseFacts read = FactsJson.read(FactsJson.write(facts()));
        assertThat(read.measuredMassG().scale()).isEqualTo(2);
        assertThat(
                        read.powderLots()
                                .get(0)
                                .certificate()
                                .chemistryWtPercent()
                                .get("O")
                                .toPlainString())
                .isEqualTo("0.10");
    }

    @Test
    void isCanonical() {
        assertThat(FactsJson.write(facts()))
                .startsWith("{\"build\":null,\"buildLog\":")
                .doesNotContain(" :")
                .doesNotContain("\n");
    }

    /**
     * The one-pass snapshot stores exactly the bytes and hashes the separate writes gave before it.
     */
    @Test
    void snapshotIsWhatTheSeparateWritesGive() {
        ReleaseFacts facts = facts();
        var snapshot = FactsJson.snapshot(facts);
        String json = FactsJson.write(facts);
        @SuppressWarnings("unchecked")
        var evidence = new java.util.LinkedHashMap<>((Map<String, Object>) FactsJson.view(facts));
        evidence.remove("releaseDate");
        evidence.remove("releaseSignature");
        evidence.remove("evaluatedAt");
        assertThat(snapshot.json()).isEqualTo(json);
        assertThat(snapshot.sha256()).isEqualTo(Sha256.hex(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(snapshot.evidenceFingerprint())
                .isEqualTo(Sha256.hex(CanonicalJson.of(evidence).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FactsJson.evidenceFingerprint(facts));
    }

    @Test
    void theFingerprintIgnoresTheDecisionDateAndSignature() {
        ReleaseFacts facts = facts();
        ReleaseFacts otherDay =
                FactsJson.read(
                        FactsJson.write(facts)
                                .replace(
                                        "\"releaseDate\":\"2026-03-20\"",
                                        "\"releaseDate\":\"2026-03-21\"")
                                .replace("\"zoneId\":\"Europe/Berlin\"", "\"zoneId\":\"UTC\""));
        assertThat(otherDay).isNotEqualTo(facts);
        assertThat(FactsJson.evidenceFingerprint(otherDay))
                .isEqualTo(FactsJson.evidenceFingerprint(facts));
        assertThat(FactsJson.snapshot(otherDay).sha256())
                .isNotEqualTo(FactsJson.snapshot(facts).sha256());
    }
}
