package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.FlagReviewRecord;
import org.implantdhr.vigilance.boundary.SignalFlagReviews;
import org.implantdhr.vigilance.boundary.SignalReview;

/**
 * {@code GET /api/vigilance/signals[?dimension=POWDER_LOT|BUILD|HEAT_TREATMENT_RUN|DESIGN_FAMILY]
 * [&flagged=true]}: the registries' outlier rule per group, for QA review. A flag is a prompt to
 * review and concludes nothing; each flagged or reviewed group says where it stands with QA ({@code
 * reviewState}: NOT_REVIEWED, REVIEWED, CHANGED_SINCE_REVIEW) with its last review.
 */
@Path("vigilance/signals")
@Produces(MediaType.APPLICATION_JSON)
public class SignalsResource {

    /**
     * One group: its exposure, rates per 100 implant-years, the decision and its reasons, the rule
     * version, and where it stands with QA.
     */
    public record SignalJson(
            String dimension,
            String group,
            int implants,
            int implantsWithEvent,
            int events,
            long implantDays,
            BigDecimal ratePer100ImplantYears,
            BigDecimal comparisonRatePer100ImplantYears,
            BigDecimal poissonProbability,
            boolean flagged,
            List<String> reasons,
            String ruleVersion,
            String reviewState,
            List<String> changesSinceReview,
            FlagReviewRecord lastReview) {

        static SignalJson of(SignalFlagReviews.ReviewedSignal r) {
            SignalReview.GroupSignal s = r.signal();
            return new SignalJson(
                    s.dimension().name(),
                    s.exposure().group(),
                    s.exposure().implants(),
                    s.exposure().implantsWithEvent(),
                    s.exposure().events(),
                    s.exposure().implantDays(),
                    s.assessment().ratePer100ImplantYears(),
                    s.assessment().comparisonRatePer100ImplantYears(),
                    s.assessment().poissonProbability(),
                    s.flagged(),
                    s.assessment().reasons(),
                    s.assessment().ruleVersion(),
                    r.state() == null ? null : r.state().name(),
                    r.changes(),
                    r.latest());
        }
    }

    @EJB SignalFlagReviews signals;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<SignalJson> signals(
            @QueryParam("dimension") String dimension, @QueryParam("flagged") boolean flagged) {
        List<SignalFlagReviews.ReviewedSignal> found =
                dimension == null || dimension.isBlank()
                        ? signals.all()
                        : signals.of(dimension(dimension));
        return found.stream()
                .filter(s -> !flagged || s.signal().flagged())
                .map(SignalJson::of)
                .toList();
    }

    private static SignalReview.Dimension dimension(String name) {
        return SignalReview.Dimension.named("dimension", name);
    }
}
