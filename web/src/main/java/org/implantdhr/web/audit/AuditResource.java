package org.implantdhr.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.implantdhr.audit.boundary.AuditLog;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.web.platform.QueryParams;

/**
 * The audit trail: searchable by record, person and time; and the proof that the chain is unbroken.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_PAGE = 1000;

    /** One audit entry as the API shows it. */
    public record Entry(
            long seq,
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
        static Entry of(AuditEntry e) {
            var c = e.content();
            return new Entry(
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

    @EJB AuditLog log;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    public List<Entry> search(
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") Long recordId,
            @QueryParam("label") String label,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        var query =
                new AuditLog.Query(
                        recordType,
                        recordId,
                        label == null || label.isBlank() ? null : label.strip(),
                        actor,
                        QueryParams.instant("from", from),
                        QueryParams.instant("to", to),
                        Math.max(0, offset),
                        Math.min(Math.max(1, limit), MAX_PAGE));
        return log.search(query).stream().map(Entry::of).toList();
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    @Path("verification")
    public AuditLog.ChainVerification verify() {
        return log.verify();
    }
}
