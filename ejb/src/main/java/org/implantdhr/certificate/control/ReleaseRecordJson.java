package org.implantdhr.certificate.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;

/**
 * The machine-readable release record a certificate carries as its embedded JSON attachment: what a
 * machine reads instead of the printed pages.
 */
final class ReleaseRecordJson {

    /**
     * Looked up once: each of {@code Json}'s factory methods looks the provider up anew through the
     * service loader, which scans the class path (a measurable part of issuing a certificate with
     * its dozens of findings).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ReleaseRecordJson() {}

    /**
     * The evaluation's facts snapshot exactly as judged, with its findings and acknowledgements, as
     * UTF-8 JSON.
     */
    static byte[] of(
            String certificateNumber,
            String serialNumber,
            ReleaseEvaluation evaluation,
            List<WarningAcknowledgement> acknowledgements) {
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        for (ReleaseFinding f : evaluation.findings()) {
            JsonObjectBuilder finding =
                    JSON.createObjectBuilder()
                            .add("seq", f.seq())
                            .add("checkId", f.checkId())
                            .add("subject", f.subject())
                            .add("outcome", f.outcome().name())
                            .add("measured", f.measured())
                            .add("limit", f.limitText())
                            .add("comparison", f.comparison().name())
                            .add("evidence", f.evidence())
                            .add("sentence", f.sentence());
            // by position: the acknowledgements belong to this evaluation, and seq is its order of
            // findings
            acknowledgements.stream()
                    .filter(a -> a.finding().seq() == f.seq())
                    .findFirst()
                    .ifPresent(
                            a ->
                                    finding.add(
                                            "acknowledgement",
                                            JSON.createObjectBuilder()
                                                    .add("by", a.createdBy())
                                                    .add("comment", a.comment())
                                                    .add("at", a.createdAt().toString())));
            findings.add(finding);
        }
        var record =
                JSON.createObjectBuilder()
                        .add("certificateNumber", certificateNumber)
                        .add("serialNumber", serialNumber)
                        .add("evaluationId", evaluation.id())
                        .add(
                                "specification",
                                JSON.createObjectBuilder()
                                        .add("code", evaluation.specificationCode())
                                        .add("version", evaluation.specificationVersion()))
                        .add("ruleSetVersion", evaluation.ruleSetVersion())
                        .add("verdict", evaluation.verdict().name())
                        .add("factsSha256", evaluation.factsSha256())
                        .add(
                                "facts",
                                JSON.createReader(new StringReader(evaluation.factsJson()))
                                        .readValue())
                        .add("findings", findings)
                        .build();
        StringWriter out = new StringWriter();
        JSON.createWriter(out).write(record);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
