package org.implantdhr.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.implantdhr.audit.entity.AuditChainHead;
import org.implantdhr.audit.entity.AuditCheckpoint;
import org.implantdhr.audit.entity.CheckpointStatement;
import org.implantdhr.certificate.control.CertificateKeys;

/**
 * Signs the chain's head as it stands (committed and chained) into a checkpoint. The head is read,
 * not locked: chaining goes on while the statement is signed and, with a timestamp authority,
 * timestamped.
 */
@Dependent
public class CheckpointSigning {

    @PersistenceContext EntityManager em;

    @Inject CertificateKeys keys;

    /** The new checkpoint; empty while the chain has no entry yet. */
    public Optional<AuditCheckpoint> signHead(String signedBy) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE);
        if (head.lastSeq() == 0) {
            return Optional.empty();
        }
        var statement =
                new CheckpointStatement(
                        head.lastSeq(),
                        head.lastHash(),
                        Instant.now().truncatedTo(ChronoUnit.MICROS),
                        signedBy);
        byte[] signature =
                keys.detachedSignatures().sign(statement.text().getBytes(StandardCharsets.UTF_8));
        var checkpoint = new AuditCheckpoint(statement, signature);
        em.persist(checkpoint);
        return Optional.of(checkpoint);
    }

    /** The newest checkpoint's place in the chain, 0 when there is none. */
    public long lastCheckpointSeq() {
        return em.createNamedQuery(AuditCheckpoint.NEWEST_FIRST, AuditCheckpoint.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(AuditCheckpoint::seq)
                .orElse(0L);
    }
}
