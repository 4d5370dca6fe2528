package org.implantdhr.web.build;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.implantdhr.build.boundary.Coupons;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.web.platform.Uploads;

/** Witness coupons and their laboratory results, with the lab's report. */
@Path("coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouponsResource {

    @EJB Coupons coupons;

    @Inject Uploads uploads;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{couponCode}")
    public CouponJson get(@PathParam("couponCode") String couponCode) {
        var coupon = coupons.get(couponCode);
        return CouponJson.of(coupon, coupons.results(coupon));
    }

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{couponCode}/results")
    public Response recordResult(
            @PathParam("couponCode") String couponCode, @Valid @NotNull CouponResultJson result) {
        return Response.status(Response.Status.CREATED)
                .entity(CouponResultJson.of(coupons.recordResult(couponCode, result.toData())))
                .build();
    }

    /** The laboratory's report (PDF or scan) as the body. */
    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{couponCode}/results/{resultId}/report")
    @Consumes(MediaType.WILDCARD)
    public CouponResultJson attachReport(
            @PathParam("couponCode") String couponCode,
            @PathParam("resultId") long resultId,
            @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason,
            InputStream body) {
        return CouponResultJson.of(
                coupons.attachReport(couponCode, resultId, fileName, uploads.read(body), reason));
    }
}
