package org.implantdhr.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
            String entryHash,
            Map<String, String> references) {
        static Entry of(AuditEntry e, ReferenceNames names) {
            var c = e.content();
            var references = new TreeMap<String, String>();
            for (var change : AuditValues.changes(c.fieldName(), c.oldValue(), c.newValue())) {
                for (String value : new String[] {change.before(), change.after()}) {
                    String name = names.name(change.field(), value);
                    if (value != null && !value.equals(name)) {
                        references.put(change.field() + " " + value, name);
                    }
                }
            }
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
                    e.entryHash(),
                    references);
        }
    }

    @EJB AuditLog log;

    /**
     * Entries newest first ({@code order=oldest} for the order of the chain); a serial number as
     * {@code label} finds the implant's whole history. {@code references} names the records that
     * ids in the values refer to ("buildId 1478" → "B-DEMO-1").
     */
    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    public List<Entry> search(
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") Long recordId,
            @QueryParam("label") String label,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("order") String order,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        var query =
                query(
                        recordType,
                        recordId,
                        label,
                        actor,
                        from,
                        to,
                        order,
                        Math.max(0, offset),
                        Math.min(Math.max(1, limit), MAX_PAGE));
        List<AuditEntry> found = log.search(query);
        var names = ReferenceNames.of(log, found);
        return found.stream().map(e -> Entry.of(e, names)).toList();
    }

    /** The same search, every matching entry, as a CSV file named after the search. */
    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    @Path("export")
    @Produces(AuditCsv.MEDIA_TYPE)
    public Response export(
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") Long recordId,
            @QueryParam("label") String label,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("order") String order) {
        var query = query(recordType, recordId, label, actor, from, to, order, 0, 1);
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("recordType", recordType);
        parameters.put("recordId", recordId == null ? null : recordId.toString());
        parameters.put("label", label);
        parameters.put("actor", actor);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("order", order);
        StreamingOutput body =
                out -> {
                    var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    AuditCsv.write(log, query, writer);
                };
        return Response.ok(body, AuditCsv.MEDIA_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + AuditCsv.fileName(parameters) + "\"")
                .build();
    }

    static AuditLog.Query query(
            String recordType,
            Long recordId,
            String label,
            String actor,
            String from,
            String to,
            String order,
            int offset,
            int limit) {
        return new AuditLog.Query(
                blankToNull(recordType),
                recordId,
                blankToNull(label),
                blankToNull(actor),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to),
                oldestFirst(order),
                offset,
                limit);
    }

    static boolean oldestFirst(String order) {
        if (order == null || order.isBlank() || order.equals("newest")) {
            return false;
        }
        if (order.equals("oldest")) {
            return true;
        }
        throw new BadRequestException(
                "Query parameter 'order' must be newest (the default) or oldest, not '"
                        + order
                        + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The whole chain verified, or the stretch of entries {@code from} to {@code to} (to the head
     * when left out), which names the first entry changed, deleted, inserted or reordered.
     */
    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    @Path("verification")
    public AuditLog.ChainVerification verify(
            @QueryParam("from") Long from, @QueryParam("to") Long to) {
        return from == null && to == null ? log.verify() : log.verify(from == null ? 1 : from, to);
    }
}
