package it.org.implantdhr.bundle;

import static it.org.implantdhr.platform.Plant.RITA;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Plant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

/**
 * The checks every evidence bundle of a released implant passes, whichever way it was downloaded.
 */
public final class BundleContents {

    private BundleContents() {}

    /**
     * What every bundle of a released implant holds: each entry listed in the manifest with the
     * SHA-256 of its bytes; the certificate as the API serves it; the decision with the content its
     * hash is bound to; the facts snapshot hashing to the stored hash and a replay with identical
     * findings; every raw file of the backward trace byte for byte; and the audit entries of the
     * implant's records, the export by {@code exporter} among them.
     */
    public static void assertComplete(String serial, byte[] zip, String exporter) {
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries)
                .containsKeys(
                        "manifest.json",
                        "record/decision.json",
                        "record/decision-content.json",
                        "record/evaluation.json",
                        "record/facts.json",
                        "record/trace.json",
                        "replay/replay.json",
                        "audit/entries.json");

        JsonObject manifest = json(entries.get("manifest.json")).asJsonObject();
        assertThat(manifest.getString("serialNumber")).isEqualTo(serial);
        assertThat(manifest.getString("decision")).isEqualTo("RELEASED");
        assertThat(manifest.getBoolean("replayIdentical"))
                .as(
                        () ->
                                new String(
                                        entries.get("replay/replay.json"),
                                        java.nio.charset.StandardCharsets.UTF_8))
                .isTrue();
        assertThat(manifest.getString("generatedBy")).isEqualTo(exporter);
        Set<String> listed = new HashSet<>();
        for (JsonObject entry : manifest.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            String name = entry.getString("name");
            listed.add(name);
            assertThat(entries)
                    .as("manifest entry " + name + " is in the archive")
                    .containsKey(name);
            assertThat(entry.getString("sha256")).as(name).isEqualTo(sha256(entries.get(name)));
            assertThat(entry.getJsonNumber("size").longValue())
                    .as(name)
                    .isEqualTo(entries.get(name).length);
            JsonObject details = entry.getJsonObject("details");
            if (details.containsKey("matchesStored")) {
                assertThat(details.getBoolean("matchesStored"))
                        .as(name + " matches its stored hash")
                        .isTrue();
            }
        }
        assertThat(listed)
                .as("the manifest lists every entry but itself")
                .isEqualTo(
                        entries.keySet().stream()
                                .filter(n -> !n.equals("manifest.json"))
                                .collect(Collectors.toSet()));

        // the certificate, byte for byte as the API hands it out
        var certificate = Plant.QUINN.get("/api/certificates/" + serial);
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(
                        entries.keySet().stream()
                                .filter(n -> n.startsWith("certificates/") && n.endsWith(".pdf"))
                                .map(n -> sha256(entries.get(n))))
                .contains(sha256(certificate.body()));

        // the decision and the content its hash is bound to
        JsonObject decision = json(entries.get("record/decision.json")).asJsonObject();
        assertThat(sha256(entries.get("record/decision-content.json")))
                .isEqualTo(decision.getString("decisionSha256"));
        JsonObject apiDecision = RITA.get("/api/implants/" + serial + "/decision").json();
        assertThat(apiDecision.toString()).contains(decision.getString("decisionSha256"));

        // the stored facts and the replay on them
        JsonObject evaluation = json(entries.get("record/evaluation.json")).asJsonObject();
        assertThat(sha256(entries.get("record/facts.json")))
                .isEqualTo(evaluation.getString("factsSha256"));
        assertThat(evaluation.getJsonArray("findings")).isNotEmpty();
        JsonObject replay = json(entries.get("replay/replay.json")).asJsonObject();
        assertThat(replay.getBoolean("identical")).as(replay.toString()).isTrue();
        assertThat(replay.getBoolean("snapshotIntact")).isTrue();
        assertThat(replay.getInt("findingCount"))
                .isEqualTo(evaluation.getJsonArray("findings").size());

        // every raw file the trace names, byte for byte
        Set<String> rawHashes =
                entries.keySet().stream()
                        .filter(n -> n.startsWith("evidence/"))
                        .map(n -> sha256(entries.get(n)))
                        .collect(Collectors.toSet());
        JsonArray links = RITA.get("/api/trace/implants/" + serial).json().getJsonArray("links");
        Set<String> tracedHashes =
                links.stream()
                        .map(JsonObject.class::cast)
                        .flatMap(
                                l ->
                                        l.getJsonObject("details").entrySet().stream()
                                                .filter(
                                                        d ->
                                                                d.getKey().endsWith("Sha256")
                                                                        || l.getString("kind")
                                                                                        .equals(
                                                                                                "design")
                                                                                && d.getKey()
                                                                                        .equals(
                                                                                                "sha256"))
                                                .map(d -> ((JsonString) d.getValue()).getString()))
                        .collect(Collectors.toSet());
        assertThat(tracedHashes)
                .as("the trace names the build log, chart, CoA, CMM results, design")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(rawHashes).containsAll(tracedHashes);

        // the audit entries of the implant's records, the release and this export among them
        JsonArray audit = json(entries.get("audit/entries.json")).asJsonArray();
        var kinds =
                audit.stream()
                        .map(JsonObject.class::cast)
                        .map(e -> e.getString("recordType"))
                        .collect(Collectors.toSet());
        assertThat(kinds)
                .contains(
                        "Implant",
                        "Build",
                        "PowderLot",
                        "HeatTreatmentRun",
                        "DimensionalInspection",
                        "ReleaseEvaluation",
                        "ReleaseDecision",
                        "ReleaseCertificate",
                        "EvidenceFile");
        assertThat(
                        audit.stream()
                                .map(JsonObject.class::cast)
                                .filter(
                                        e ->
                                                e.getString("action").equals("EXPORT")
                                                        && e.getString("actor").equals(exporter)
                                                        && serial.equals(
                                                                e.getString("recordLabel", null))))
                .isNotEmpty();
        long previous = 0;
        for (JsonObject e : audit.getValuesAs(JsonObject.class)) {
            assertThat(e.getJsonNumber("seq").longValue())
                    .as("in the order of the chain")
                    .isGreaterThan(previous);
            previous = e.getJsonNumber("seq").longValue();
            assertThat(e.getString("entryHash")).hasSize(64);
        }
    }

    /** Every entry of a ZIP with its bytes, in order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static jakarta.json.JsonValue json(byte[] bytes) {
        try (var reader =
                Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }
}
