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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.vigilance.boundary.DecisionRecord;
import org.implantdhr.vigilance.boundary.ReportabilityDecisions;

/**
 * A vigilance case's reportability decisions: {@code GET /api/vigilance/cases/{number}/decisions},
 * and {@code POST} (a QA manager decides and signs with the password: 201 with the decision and its
 * signature).
 */
@Path("vigilance/cases/{number}/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class CaseDecisionsResource {

    /**
     * The regulation (EU_MDR, or US_21_CFR_803 where configured), reportable or not, the deadline
     * (a {@code ReportingDeadline} name, only when reportable), why, the password re-entered and
     * the zone the signing time is shown in.
     */
    public record DecisionJson(
            String framework,
            Boolean reportable,
            String deadline,
            String reason,
            String password,
            String zone) {}

    @EJB ReportabilityDecisions decisions;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<DecisionRecord> all(@PathParam("number") String number) {
        return decisions.ofCase(number);
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("number") String number, @Valid @NotNull DecisionJson d) {
        if (d.password() == null || d.password().isEmpty()) {
            throw new InvalidRequestException("password", "Enter your password to sign");
        }
        DecisionRecord made =
                decisions.decide(
                        number,
                        d.framework(),
                        d.reportable(),
                        d.deadline(),
                        d.reason(),
                        d.password().toCharArray(),
                        d.zone());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
