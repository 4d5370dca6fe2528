package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.VigilanceCases;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * Vigilance cases opened by the vigilance rules: {@code GET /api/vigilance/cases} (open ones first,
 * by the day their report is due at the latest), {@code GET /api/vigilance/cases/{number}}, and
 * {@code POST /api/vigilance/cases/{number}/triage} (a QA manager chooses the reporting deadline).
 */
@Path("vigilance/cases")
@Produces(MediaType.APPLICATION_JSON)
public class VigilanceCasesResource {

    /** A case as the API shows it; {@code dueOn} is the latest day its report may be due. */
    public record CaseJson(
            String caseNumber,
            String serialNumber,
            String status,
            String ruleId,
            String source,
            String reason,
            String criteria,
            String ruleSetSha256,
            LocalDate awareOn,
            String deadline,
            String deadlineSource,
            LocalDate dueOn,
            String triagedBy,
            Instant triagedAt,
            String triageReason) {

        static CaseJson of(VigilanceCase c) {
            return new CaseJson(
                    c.caseNumber(),
                    c.serialNumber(),
                    c.status().name(),
                    c.ruleId(),
                    c.sourceLabel(),
                    c.reason(),
                    c.criteria(),
                    c.ruleSetSha256(),
                    c.awareOn(),
                    c.deadline() == null ? null : c.deadline().name(),
                    c.deadline() == null ? null : c.deadline().source(),
                    c.dueOnAtTheLatest(),
                    c.triagedBy(),
                    c.triagedAt(),
                    c.triageReason());
        }
    }

    /** The deadline that applies (a {@code ReportingDeadline} name) and why. */
    public record TriageJson(String deadline, String reason) {}

    @EJB VigilanceCases cases;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<CaseJson> all() {
        return cases.list().stream().map(CaseJson::of).toList();
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{number}")
    public CaseJson one(@PathParam("number") String number) {
        return CaseJson.of(cases.get(number));
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Path("{number}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson triage(@PathParam("number") String number, @Valid @NotNull TriageJson triage) {
        return CaseJson.of(cases.triage(number, triage.deadline(), triage.reason()));
    }
}
