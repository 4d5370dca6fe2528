package org.implantdhr.web.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.outcome.boundary.OutcomeReport;
import org.implantdhr.outcome.boundary.OutcomeReports;
import org.implantdhr.outcome.boundary.Outcomes;
import org.implantdhr.outcome.control.Grouping;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.web.platform.FileDownload;

/**
 * The study's outcomes: {@code GET /api/outcomes?by=all|design-family|powder-lot|build} as JSON and
 * {@code GET /api/outcomes/report} as the signed PDF/A outcome report with every breakdown. QA, QA
 * managers and regulators see all patients, a surgeon their own.
 */
@Path("outcomes")
public class OutcomesResource {

    @EJB Outcomes outcomes;
    @EJB OutcomeReports reports;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.SURGEON_})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OutcomesJson outcomes(@QueryParam("by") @DefaultValue("all") String by) {
        return OutcomesJson.of(outcomes.summary(grouping(by)), by);
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.SURGEON_})
    @GET
    @Path("report")
    @Produces({"application/pdf", "application/problem+json"})
    public Response report(@QueryParam("zone") String zone) {
        OutcomeReport report = reports.report(zone(zone));
        return FileDownload.answer(report.pdf(), "application/pdf", report.fileName())
                .header("Digest", "sha-256=" + report.sha256())
                .header("X-Template-Version", report.templateVersion())
                .build();
    }

    static Grouping grouping(String by) {
        try {
            return Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "by", "Break the outcomes down by all, design-family, powder-lot or build");
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestException("zone", "Name a time zone such as Europe/Berlin");
        }
    }
}
