package org.implantdhr.web.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.boundary.WorklistRow;
import org.implantdhr.followup.control.CtcaeTerm;
import org.implantdhr.followup.control.CtcaeTerms;
import org.implantdhr.followup.control.FollowUpProtocol;
import org.implantdhr.followup.control.FollowUpProtocols;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The follow-up of an implanted patient, addressed by the implant's serial: /follow-ups/{serial},
 * its visits by the protocol's visit code, its adverse events by id; the worklist of visits due,
 * overdue or missed; the protocols and the CTCAE term list shipped.
 */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpsResource {

    /** A protocol version: visits with their offsets as ISO-8601 periods, and its instruments. */
    public record ProtocolJson(
            String code,
            String version,
            LocalDate effectiveFrom,
            List<VisitWindow> visits,
            List<org.implantdhr.followup.control.Instrument> instruments) {

        /** A visit: offset from the operation, window in days before and after the target. */
        public record VisitWindow(String code, String offset, int daysBefore, int daysAfter) {}

        static ProtocolJson of(FollowUpProtocol p) {
            return new ProtocolJson(
                    p.code(),
                    p.version(),
                    p.effectiveFrom(),
                    p.visits().stream()
                            .map(
                                    v ->
                                            new VisitWindow(
                                                    v.code(),
                                                    v.offset().toString(),
                                                    v.daysBefore(),
                                                    v.daysAfter()))
                            .toList(),
                    p.instruments());
        }
    }

    /** Lost to follow-up: the last contact and why. */
    public record Lost(@NotNull LocalDate date, @NotNull @Size(max = 2000) String reason) {}

    @EJB FollowUps followUps;

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("worklist")
    public List<WorklistRow> worklist(
            @QueryParam("day") String day, @QueryParam("hospital") String hospital) {
        return followUps.worklist(date(day), hospital);
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("protocols")
    public List<ProtocolJson> protocols() {
        return FollowUpProtocols.all().stream().map(ProtocolJson::of).toList();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("ctcae-terms")
    public List<CtcaeTerm> ctcaeTerms() {
        return CtcaeTerms.all();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{serial}")
    public FollowUpJson get(@PathParam("serial") String serial) {
        return FollowUpJson.of(
                serial,
                followUps.followUp(serial),
                followUps.schedule(serial),
                LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC));
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{serial}/visits")
    public List<VisitJson> visits(@PathParam("serial") String serial) {
        return followUps.visits(serial).stream().map(VisitJson::of).toList();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/visits/{visitCode}")
    public Response recordVisit(
            @PathParam("serial") String serial,
            @PathParam("visitCode") String visitCode,
            @Valid @NotNull VisitJson visit) {
        return Response.status(Response.Status.CREATED)
                .entity(VisitJson.of(followUps.recordVisit(serial, visitCode, visit.findings())))
                .build();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @PUT
    @Path("{serial}/visits/{visitCode}")
    public VisitJson correctVisit(
            @PathParam("serial") String serial,
            @PathParam("visitCode") String visitCode,
            @Valid @NotNull VisitJson visit) {
        return VisitJson.of(
                followUps.correctVisit(serial, visitCode, visit.findings(), visit.reason()));
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{serial}/adverse-events")
    public List<AdverseEventJson> events(@PathParam("serial") String serial) {
        return followUps.events(serial).stream().map(AdverseEventJson::of).toList();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/adverse-events")
    public Response reportEvent(
            @PathParam("serial") String serial, @Valid @NotNull AdverseEventJson event) {
        return Response.status(Response.Status.CREATED)
                .entity(
                        AdverseEventJson.of(
                                followUps.reportEvent(serial, event.visitCode(), event.report())))
                .build();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @PUT
    @Path("{serial}/adverse-events/{id}")
    public AdverseEventJson correctEvent(
            @PathParam("serial") String serial,
            @PathParam("id") long id,
            @Valid @NotNull AdverseEventJson event) {
        return AdverseEventJson.of(
                followUps.correctEvent(serial, id, event.report(), event.reason()));
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/lost-to-follow-up")
    public FollowUpJson lose(@PathParam("serial") String serial, @Valid @NotNull Lost lost) {
        followUps.loseToFollowUp(serial, lost.date(), lost.reason());
        return get(serial);
    }

    private static LocalDate date(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("day", "A date such as 2026-12-07");
        }
    }
}
