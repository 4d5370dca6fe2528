package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.vigilance.boundary.FlagReviewRecord;
import org.implantdhr.vigilance.boundary.SignalFlagReviews;

/**
 * QA's reviews of signal flags: {@code GET /api/vigilance/signals/reviews[?dimension=BUILD
 * [&group=B-1]]} (newest first, each marked current or superseded), and {@code POST} (a QA manager
 * reviews one flagged group and signs with the password: 201 with the review, the numbers it
 * reviewed and its signature).
 */
@Path("vigilance/signals/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class SignalReviewsResource {

    /**
     * The group (its dimension and key), the number of events the reviewer saw (optional: when
     * given, a group that has another number now is refused), the conclusion (NO_ACTION, MONITOR,
     * INVESTIGATION, VIGILANCE_CASE), the reference (the investigation's or CAPA's, or the
     * vigilance case's number; only with those two), why, the password re-entered and the zone the
     * signing time is shown in.
     */
    public record ReviewJson(
            String dimension,
            String group,
            Integer events,
            String conclusion,
            String reference,
            String reason,
            String password,
            String zone) {}

    @EJB SignalFlagReviews reviews;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<FlagReviewRecord> history(
            @QueryParam("dimension") String dimension, @QueryParam("group") String group) {
        return reviews.history(dimension, group);
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@Valid @NotNull ReviewJson r) {
        if (r.password() == null || r.password().isEmpty()) {
            throw new InvalidRequestException("password", "Enter your password to sign");
        }
        FlagReviewRecord made =
                reviews.review(
                        r.dimension(),
                        r.group(),
                        r.events(),
                        r.conclusion(),
                        r.reference(),
                        r.reason(),
                        r.password().toCharArray(),
                        r.zone());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
