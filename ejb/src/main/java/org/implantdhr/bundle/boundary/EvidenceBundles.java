package org.implantdhr.bundle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.bundle.control.BundleWriter;
import org.implantdhr.bundle.control.ImplantRecords;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.boundary.DecisionRecord;
import org.implantdhr.release.boundary.EvaluationRecord;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.release.boundary.ReleaseEvaluations;
import org.implantdhr.release.boundary.ReleaseRecords;
import org.implantdhr.release.boundary.ReplayReport;
import org.implantdhr.trace.boundary.Traces;

/**
 * The evidence bundle of a decided implant, one ZIP for a regulator or notified body: the
 * certificate PDFs as issued, the machine-readable record (decision with the content its signature
 * is bound to, the evaluation with its findings, the stored facts snapshot, the backward trace),
 * every raw file byte for byte, the audit entries of every record of its history, and the decision
 * replayed on the stored snapshot. A manifest written last names the SHA-256 and size of every
 * entry, and for the stored ones whether they still match the hash stored with them.
 *
 * <p>Made once the implant is decided (released, rejected or recalled): before that its record may
 * still change and there is no decision to replay, so {@link #open} answers 409. Readers of the
 * quality record only (QA, QA manager, regulator); an administrator manages accounts and has no
 * business with patients' device records.
 *
 * <p>Two calls, so that a refusal can still be answered as an error before the first byte goes out:
 * {@link #open} checks and audits the export, {@link #write} streams. Writing runs outside a
 * transaction: it only reads, and a large bundle to a slow client must not run into the transaction
 * timeout; each raw file is read on its own.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class EvidenceBundles {

    public static final String MEDIA_TYPE = "application/zip";
    static final String FORMAT = "implantdhr-evidence-bundle/1";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    /**
     * One audit entry as the bundle lists it: the content its hash covers, and the links of the
     * chain.
     */
    public record AuditLine(
            Long seq,
            Instant occurredAt,
            String actor,
            String action,
            String recordType,
            long recordId,
            String recordLabel,
            String field,
            String oldValue,
            String newValue,
            String reason,
            String previousHash,
            String entryHash) {
        static AuditLine of(AuditEntry e) {
            var c = e.content();
            return new AuditLine(
                    e.seq(),
                    c.occurredAt(),
                    c.actor(),
                    c.action(),
                    c.recordType(),
                    c.recordId(),
                    c.recordLabel(),
                    c.fieldName(),
                    c.oldValue(),
                    c.newValue(),
                    c.reason(),
                    e.previousHash(),
                    e.entryHash());
        }
    }

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;
    @Inject ImplantRecords records;
    @Inject ReleaseRecords releaseRecords;

    @EJB Implants implants;
    @EJB ReleaseEvaluations evaluations;
    @EJB ReleaseDecisions decisions;
    @EJB Traces traces;

    /**
     * 404 for an unknown serial, 409 while the implant is undecided; otherwise records the export
     * in the audit trail and answers the file name to offer.
     */
    public String open(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        if (releaseRecords.latestDecision(implant.id()).isEmpty()) {
            throw new ConflictingRecordException(
                    "Implant "
                            + serialNumber
                            + " is "
                            + implant.status()
                            + ": its evidence bundle is made once it is released or rejected (until then its record may"
                            + " still change, and there is no decision to replay)");
        }
        audit.event("EXPORT", implant, "evidence bundle " + FORMAT, null);
        return fileName(serialNumber);
    }

    public static String fileName(String serialNumber) {
        return "evidence-bundle-" + safe(serialNumber) + ".zip";
    }

    /** Streams the bundle; call {@link #open} first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(String serialNumber, OutputStream out) throws IOException {
        Implant implant = implants.get(serialNumber);
        DecisionRecord decision = decisions.decision(serialNumber);
        Instant generatedAt = RecordingClock.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> notes = new ArrayList<>();
        ReplayReport replay = null;
        try (var zip = new BundleWriter(out)) {
            zip.add(
                    "record/decision.json",
                    json(decision),
                    Map.of("decision", decision.decision().name()));
            if (decision.content() != null) {
                zip.add(
                        "record/decision-content.json",
                        decision.content().getBytes(StandardCharsets.UTF_8),
                        stored("decisionSha256", decision.decisionSha256()));
            }
            if (decision.evaluationId() != null) {
                EvaluationRecord evaluation =
                        releaseRecords.of(
                                releaseRecords.evaluation(decision.evaluationId()), serialNumber);
                zip.add(
                        "record/evaluation.json",
                        json(evaluation),
                        Map.of(
                                "verdict",
                                evaluation.verdict().name(),
                                "findings",
                                evaluation.findings().size()));
                zip.add(
                        "record/facts.json",
                        factsJson(decision.evaluationId()).getBytes(StandardCharsets.UTF_8),
                        stored("factsSha256", evaluation.factsSha256()));
                replay = evaluations.replay(decision.evaluationId());
                zip.add(
                        "replay/replay.json",
                        json(replay),
                        Map.of(
                                "identical",
                                replay.identical(),
                                "snapshotIntact",
                                replay.snapshotIntact()));
            } else {
                notes.add(
                        "The decision was made without an evaluation: there are no findings to replay.");
            }
            zip.add(
                    "record/trace.json",
                    json(
                            Map.of(
                                    "serialNumber",
                                    serialNumber,
                                    "links",
                                    traces.backward(serialNumber))),
                    Map.of());
            for (ImplantRecords.IssuedCertificate c : records.certificates(implant)) {
                var details = stored("storedSha256", c.sha256());
                details.put("status", c.status());
                details.put("issuedAt", c.issuedAt().toString());
                zip.add(
                        "certificates/" + safe(c.certificateNumber()) + ".pdf",
                        records.pdf(c),
                        details);
            }
            for (ImplantRecords.StoredFile f : records.files(implant)) {
                var details = stored("storedSha256", f.sha256());
                details.put("fileId", f.id());
                details.put("kind", f.kind());
                details.put("fileName", f.fileName());
                details.put("mediaType", f.mediaType());
                details.put("uploadedBy", f.uploadedBy());
                details.put(
                        "uploadedAt", f.uploadedAt() == null ? null : f.uploadedAt().toString());
                zip.add(
                        "evidence/" + f.id() + "-" + safe(f.fileName()),
                        records.content(f),
                        details);
            }
            List<AuditEntry> entries = records.auditEntries(implant);
            zip.add(
                    "audit/entries.json",
                    stream -> writeAudit(entries, stream),
                    Map.of("entries", entries.size()));
            zip.finish(
                    "manifest.json",
                    json(
                            manifest(
                                    serialNumber,
                                    implant,
                                    decision,
                                    replay,
                                    generatedAt,
                                    notes,
                                    zip.entries())));
        }
    }

    private Map<String, Object> manifest(
            String serialNumber,
            Implant implant,
            DecisionRecord decision,
            ReplayReport replay,
            Instant generatedAt,
            List<String> notes,
            List<BundleWriter.Entry> entries) {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", FORMAT);
        manifest.put("serialNumber", serialNumber);
        manifest.put("status", implant.status().name());
        manifest.put("decision", decision.decision().name());
        manifest.put("decisionSha256", decision.decisionSha256());
        manifest.put("replayIdentical", replay == null ? null : replay.identical());
        manifest.put("generatedAt", generatedAt.toString());
        manifest.put("generatedBy", currentUser.username());
        manifest.put("notes", notes);
        // every entry but this manifest, with the SHA-256 of the bytes in the archive
        manifest.put("entries", entries);
        return manifest;
    }

    /**
     * Details of an entry that was stored with a hash: the stored hash, and the archive's bytes
     * compared to it.
     */
    private static Map<String, Object> stored(String name, String sha256) {
        var details = new LinkedHashMap<String, Object>();
        details.put(name, sha256);
        details.put(BundleWriter.STORED_SHA256, sha256);
        return details;
    }

    private String factsJson(long evaluationId) {
        return (String)
                em.createNativeQuery("SELECT facts_json FROM release_evaluation WHERE id = ?1")
                        .setParameter(1, evaluationId)
                        .getSingleResult();
    }

    private static void writeAudit(List<AuditEntry> entries, OutputStream out) throws IOException {
        out.write("[\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < entries.size(); i++) {
            String line = JSON.toJson(AuditLine.of(entries.get(i))).replace("\n", "\n    ");
            out.write(
                    ("    " + line + (i + 1 < entries.size() ? ",\n" : "\n"))
                            .getBytes(StandardCharsets.UTF_8));
        }
        out.write("]\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
