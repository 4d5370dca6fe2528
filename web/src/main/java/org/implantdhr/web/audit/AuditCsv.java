package org.implantdhr.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.implantdhr.audit.boundary.AuditLog;
import org.implantdhr.audit.entity.AuditEntry;

/**
 * A search of the audit trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, quotes doubled), read from the database a page at a time
 * and written as it is read. The file name carries the search's parameters.
 */
final class AuditCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final int PAGE = 1000;
    private static final int MAX_ROWS = 200_000;
    private static final String HEADER =
            "seq,occurredAt,actor,action,recordType,recordId,recordLabel,field,oldValue,newValue,reason,previousHash,entryHash";

    private AuditCsv() {}

    static void write(AuditLog log, AuditLog.Query search, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        for (int offset = 0; offset < MAX_ROWS; offset += PAGE) {
            List<AuditEntry> page =
                    log.search(
                            new AuditLog.Query(
                                    search.recordType(),
                                    search.recordId(),
                                    search.label(),
                                    search.actor(),
                                    search.from(),
                                    search.to(),
                                    search.oldestFirst(),
                                    offset,
                                    PAGE));
            for (AuditEntry e : page) {
                out.write(line(e));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    private static String line(AuditEntry e) {
        var c = e.content();
        return java.util.stream.Stream.of(
                                e.seq() == null ? "" : e.seq().toString(),
                                c.occurredAt().toString(),
                                c.actor(),
                                c.action(),
                                c.recordType(),
                                Long.toString(c.recordId()),
                                c.recordLabel(),
                                c.fieldName(),
                                c.oldValue(),
                                c.newValue(),
                                c.reason(),
                                e.previousHash(),
                                e.entryHash())
                        .map(AuditCsv::field)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",")
                || value.contains("\"")
                || value.contains("\n")
                || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** e.g. audit-trail_label-CW-DEMO-04_actor-quinn.qa_from-2026-01-01.csv */
    static String fileName(Map<String, String> parameters) {
        var named = new LinkedHashMap<String, String>();
        parameters.forEach(
                (k, v) -> {
                    if (v != null && !v.isBlank()) {
                        named.put(k, v.strip().replaceAll("[^A-Za-z0-9._-]", "-"));
                    }
                });
        String rest =
                named.entrySet().stream()
                        .map(en -> "_" + en.getKey() + "-" + en.getValue())
                        .collect(Collectors.joining());
        String name = "audit-trail" + rest;
        return (name.length() > 200 ? name.substring(0, 200) : name) + ".csv";
    }
}
