package org.implantdhr.web.vigilance;

import jakarta.ws.rs.core.Response;
import org.implantdhr.vigilance.boundary.IncidentReportFile;
import org.implantdhr.web.platform.FileDownload;

/**
 * An incident report file as the API hands it out: a download whose {@code X-Report-Status} says
 * DRAFT or FINAL and whose {@code X-Content-SHA256} is the digest the audit trail recorded.
 */
final class IncidentReportDownload {

    private IncidentReportDownload() {}

    static Response answer(IncidentReportFile report) {
        return FileDownload.answer(report.content(), report.mediaType(), report.fileName())
                .header("X-Report-Status", report.draft() ? "DRAFT" : "FINAL")
                .header("X-Content-SHA256", report.sha256())
                .build();
    }
}
