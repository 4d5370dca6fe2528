package org.implantdhr.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.implantdhr.audit.control.ChainWalk;
import org.implantdhr.audit.control.CheckpointSigning;
import org.implantdhr.audit.entity.AuditCheckpoint;
import org.implantdhr.audit.entity.AuditHash;
import org.implantdhr.audit.entity.CheckpointStatement;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * Signed checkpoints of the audit chain: signed at intervals by the installation and on request by
 * a QA manager or a regulator (a checkpoint changes no record: it is a signed statement of what the
 * chain is now), downloaded as proof, and checked later — the signature against the installation's
 * key, then the chain up to the checkpoint's entry against the signed hash, naming the first entry
 * that was changed, deleted, inserted or reordered since.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
public class AuditCheckpoints {

    /** The outcome of checking a checkpoint. */
    public record CheckpointVerification(
            boolean signatureValid,
            List<String> signatureProblems,
            Long seq,
            String entryHash,
            String signedAt,
            String signedBy,
            boolean intact,
            long entriesChecked,
            Long firstBrokenSeq,
            String problem) {}

    @PersistenceContext EntityManager em;

    @Inject CheckpointSigning signing;

    @Inject ChainWalk walk;

    @Inject CertificateKeys keys;

    @Inject CurrentUser currentUser;

    @RolesAllowed({"QA_MANAGER", "REGULATOR"})
    public AuditCheckpoint sign() {
        return signing.signHead(currentUser.username())
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "chain", "The audit chain has no entry to sign yet"));
    }

    public List<AuditCheckpoint> newest(int limit) {
        return em.createNamedQuery(AuditCheckpoint.NEWEST_FIRST, AuditCheckpoint.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public AuditCheckpoint get(long id) {
        AuditCheckpoint checkpoint = em.find(AuditCheckpoint.class, id);
        if (checkpoint == null) {
            throw new NoSuchRecordException("Audit checkpoint", id);
        }
        return checkpoint;
    }

    /** Checks a checkpoint as downloaded: its statement's text and its detached signature. */
    public CheckpointVerification verify(String statementText, byte[] signature) {
        var statement =
                CheckpointStatement.parse(statementText)
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "statement",
                                                "This is not an audit checkpoint's statement"));
        byte[] content = statementText.getBytes(StandardCharsets.UTF_8);
        List<String> problems =
                keys.detachedSignatures().problems(content, signature, statement.signedAt());
        if (!problems.isEmpty()) {
            return new CheckpointVerification(
                    false,
                    problems,
                    statement.seq(),
                    statement.entryHash(),
                    statement.signedAt().toString(),
                    statement.signedBy(),
                    false,
                    0,
                    null,
                    "The checkpoint is not this installation's signed statement, or it was altered"
                            + " after signing: "
                            + String.join("; ", problems));
        }
        var outcome = walk.walk(1, statement.seq(), AuditHash.GENESIS);
        boolean intact = outcome.intact() && statement.entryHash().equals(outcome.lastHash());
        String problem = outcome.problem();
        Long first = outcome.firstBrokenSeq();
        if (outcome.intact() && !intact) {
            first = statement.seq();
            problem =
                    "Entry "
                            + statement.seq()
                            + " no longer has the hash the checkpoint signed: the chain up to it was"
                            + " rewritten (entries changed and their hashes recomputed)";
        }
        return new CheckpointVerification(
                true,
                List.of(),
                statement.seq(),
                statement.entryHash(),
                statement.signedAt().toString(),
                statement.signedBy(),
                intact,
                outcome.checked(),
                first,
                problem);
    }
}
