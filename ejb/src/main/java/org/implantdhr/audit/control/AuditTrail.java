package org.implantdhr.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.audit.entity.AuditRecord;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.platform.entity.Audited;

/**
 * Writes the audit trail in the transaction of the change it describes: if the change rolls back,
 * so does its trail. The caller must already have flushed a new record, so that it has its id.
 * Entries are written unchained and chained right after the transaction commits ({@link
 * AuditChaining} says why): a writer never waits for the chain's head.
 */
@Dependent
public class AuditTrail {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";

    @PersistenceContext EntityManager em;

    @Inject CurrentUser currentUser;

    @Resource TransactionSynchronizationRegistry transaction;

    @EJB AuditChaining chaining;

    @Inject TestHold testHold;

    @Inject TestUnaudited testUnaudited;

    public void created(Audited record) {
        append(CREATE, record, null, null, CanonicalJson.of(record.auditState()), null);
    }

    /**
     * Records every field whose value differs from {@code before}. Recorded evidence is only ever
     * changed for a reason, which is required.
     */
    public void changed(Audited record, Map<String, Object> before, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason", "A reason is required to change recorded evidence");
        }
        Map<String, Object> after = record.auditState();
        for (var field : after.keySet()) {
            String old = format(before.get(field));
            String now = format(after.get(field));
            if (!Objects.equals(old, now)) {
                append(UPDATE, record, field, old, now, reason);
            }
        }
    }

    /** An action that is not a field change: a signature, a release, a recall, a file attached. */
    public void event(String action, Audited record, String detail, String reason) {
        append(action, record, null, null, detail, reason);
    }

    /**
     * An event whose actor is not the caller: a failed sign-in, whose actor is the user name that
     * was tried (nobody is signed in). Cut to the length the trail keeps.
     */
    public void eventBy(String actor, String action, Audited record, String detail) {
        appendAs(
                actor.length() > 64 ? actor.substring(0, 64) : actor,
                action,
                record,
                null,
                null,
                detail,
                null);
    }

    private void append(
            String action, Audited record, String field, String old, String now, String reason) {
        appendAs(currentUser.username(), action, record, field, old, now, reason);
    }

    private void appendAs(
            String actor,
            String action,
            Audited record,
            String field,
            String old,
            String now,
            String reason) {
        if (testUnaudited.skips(record.label())) {
            return;
        }
        var content =
                new AuditRecord(
                        RecordingClock.now().truncatedTo(ChronoUnit.MICROS),
                        actor,
                        action,
                        record.recordType(),
                        record.id(),
                        record.label(),
                        field,
                        old,
                        now,
                        reason);
        em.persist(new AuditEntry(content));
        chainAfterCommit();
        testHold.holdIfAsked(reason);
    }

    /** Once per transaction: chain its entries (and whatever else is committed) once it commits. */
    private void chainAfterCommit() {
        if (transaction.getResource(ChainAfterCommit.class) == null) {
            transaction.putResource(ChainAfterCommit.class, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new ChainAfterCommit(chaining));
        }
    }

    private record ChainAfterCommit(AuditChaining chaining) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                AuditChainTimer.chainAll(chaining);
            }
        }
    }

    static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(AuditTrail::format)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
