package org.implantdhr.web.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.audit.boundary.AuditLog;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.web.platform.PageErrors;

/**
 * The audit trail page (/record/audit.xhtml): entries searched by record (its name or number, or
 * type and id), person and UTC date range, a page at a time, with their old and new values made
 * readable; and, on request, the verification of the hash chain. Everything is a GET (bookmarkable,
 * nothing changes), so the search criteria are the page's parameters.
 */
@Named
@RequestScoped
public class AuditTrailPage {

    static final int PAGE_SIZE = 50;

    /** The record types the components write to the trail, offered as suggestions. */
    static final List<String> RECORD_TYPES =
            List.of(
                    "ApprovedSupplier",
                    "Build",
                    "BuildEvent",
                    "CleaningRun",
                    "CleanlinessResult",
                    "ComponentLot",
                    "Coupon",
                    "CouponResult",
                    "Design",
                    "DimensionalInspection",
                    "ElectronicSignature",
                    "EvidenceFile",
                    "Furnace",
                    "HeatTreatmentRun",
                    "ImagingStudy",
                    "Implant",
                    "ImplantCase",
                    "Instrument",
                    "Machine",
                    "MachineQualification",
                    "Nonconformance",
                    "ParameterSet",
                    "PowderBatch",
                    "PowderLot",
                    "ProcessOperation",
                    "Recall",
                    "ReleaseCertificate",
                    "ReleaseDecision",
                    "ReleaseEvaluation",
                    "SpecificationLimit",
                    "SpecificationVersion",
                    "UserAccount",
                    "WarningAcknowledgement");

    /** One entry as the page shows it. */
    public record Row(
            Long seq,
            String occurredAt,
            String actor,
            String action,
            String recordType,
            long recordId,
            String recordLabel,
            String reason,
            List<AuditValues.Change> changes,
            String previousHash,
            String entryHash) {

        static Row of(AuditEntry e, ReferenceNames names) {
            var c = e.content();
            return new Row(
                    e.seq(),
                    IsoTime.of(c.occurredAt()),
                    c.actor(),
                    c.action(),
                    c.recordType(),
                    c.recordId(),
                    c.recordLabel(),
                    c.reason(),
                    names.named(AuditValues.changes(c.fieldName(), c.oldValue(), c.newValue())),
                    e.previousHash(),
                    e.entryHash());
        }

        public String getShortHash() {
            return entryHash == null
                    ? ""
                    : entryHash.substring(0, Math.min(12, entryHash.length()));
        }
    }

    @EJB AuditLog log;

    private String recordType;
    private String recordId;
    private String label;
    private String actor;
    private String from;
    private String to;
    private int page = 1;
    private boolean verify;
    private boolean oldestFirst;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private List<Row> rows;
    private boolean more;
    private AuditLog.ChainVerification verification;

    /**
     * The page's action (f:viewAction): search with the parameters given, verify the chain if
     * asked.
     */
    public void load() {
        AuditLog.Query query = query();
        if (query != null) {
            try {
                List<AuditEntry> found = log.search(query);
                more = found.size() > PAGE_SIZE;
                var shown = found.stream().limit(PAGE_SIZE).toList();
                var names = ReferenceNames.of(log, shown);
                rows = shown.stream().map(e -> Row.of(e, names)).toList();
            } catch (RuntimeException e) {
                rows = List.of();
                failed(e);
            }
        } else {
            rows = List.of();
        }
        if (verify) {
            try {
                verification = log.verify();
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }

    /**
     * The criteria as the component takes them; null (with the errors next to their fields) when
     * one is wrong.
     */
    private AuditLog.Query query() {
        Long id = null;
        if (recordId != null) {
            try {
                id = Long.valueOf(recordId.strip());
                if (id < 0) {
                    errors.put("recordId", "A record id is a positive whole number.");
                }
            } catch (NumberFormatException e) {
                errors.put("recordId", "A record id is a whole number, e.g. 1201.");
            }
            if (recordType == null) {
                errors.put(
                        "recordType",
                        "Choose the type of the record too: ids are counted per type.");
            }
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "The last day is before the first day.");
        }
        if (page < 1) {
            page = 1;
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new AuditLog.Query(
                recordType,
                id,
                label,
                actor,
                start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                oldestFirst,
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
    }

    private LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date as YYYY-MM-DD, e.g. " + RecordingClock.today() + ".");
            return null;
        }
    }

    private void failed(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException
                && !(cause instanceof EJBAccessException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text =
                cause instanceof EJBAccessException || cause instanceof SecurityException
                        ? "Your role does not allow reading the audit trail."
                        : "The audit trail could not be read; the server log says why.";
        PageErrors.atTop(text);
        if (!(cause instanceof EJBAccessException)) {
            java.util.logging.Logger.getLogger(AuditTrailPage.class.getName())
                    .log(java.util.logging.Level.SEVERE, "Audit trail page failed", e);
        }
    }

    public boolean isFiltered() {
        return recordType != null
                || recordId != null
                || label != null
                || actor != null
                || from != null
                || to != null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public AuditLog.ChainVerification getVerification() {
        return verification;
    }

    public List<String> getRecordTypes() {
        return RECORD_TYPES;
    }

    public int getFirstOnPage() {
        return (page - 1) * PAGE_SIZE + 1;
    }

    public int getLastOnPage() {
        return (page - 1) * PAGE_SIZE + (rows == null ? 0 : rows.size());
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = blankToNull(recordType);
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = blankToNull(recordId);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = blankToNull(label);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = blankToNull(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = blankToNull(to);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The search's parameters for the CSV download of the same search. */
    public String getExportQuery() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("recordType", recordType);
        parameters.put("recordId", recordId);
        parameters.put("label", label);
        parameters.put("actor", actor);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("order", getOrder());
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(
                        e ->
                                e.getKey()
                                        + "="
                                        + java.net.URLEncoder.encode(
                                                e.getValue(),
                                                java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** "oldest" for the order of the chain; null (newest first) otherwise. */
    public String getOrder() {
        return oldestFirst ? "oldest" : null;
    }

    public void setOrder(String order) {
        this.oldestFirst = "oldest".equals(order);
    }

    /**
     * "true" when the chain is to be verified; null otherwise, so that links to other pages do not
     * repeat it.
     */
    public String getVerify() {
        return verify ? "true" : null;
    }

    public void setVerify(String verify) {
        this.verify = "true".equals(verify);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
