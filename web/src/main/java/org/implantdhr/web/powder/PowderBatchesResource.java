package org.implantdhr.web.powder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;
import org.implantdhr.powder.boundary.PowderBatches;
import org.implantdhr.powder.entity.PowderBatch;
import org.implantdhr.powder.entity.PowderType;

/** Powder batches prepared for a machine: which lots in which mass fractions. */
@Path("powder-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PowderBatchesResource {

    /** A batch; {@code lots} maps lot number to mass fraction (the fractions add up to 1). */
    public record PowderBatchJson(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String batchNumber,
            @NotNull PowderType powderType,
            @Size(max = 20) String virginUsedRatio,
            @PositiveOrZero @Max(1000) int reuseCount,
            Quantity inhouseOxygen,
            LocalDate sievedOn,
            @NotEmpty
                    Map<
                                    String,
                                    @NotNull @DecimalMin(value = "0", inclusive = false)
                                    @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal>
                            lots) {

        static PowderBatchJson of(PowderBatch b) {
            var lots = new LinkedHashMap<String, BigDecimal>();
            b.lots().forEach(share -> lots.put(share.lot().lotNumber(), share.massFraction()));
            return new PowderBatchJson(
                    b.batchNumber(),
                    b.powderType(),
                    b.virginUsedRatio(),
                    b.reuseCount(),
                    Units.MASS_FRACTION_PCT.of(b.inhouseOxygenWtPct()),
                    b.sievedOn(),
                    lots);
        }
    }

    @EJB PowderBatches batches;

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response prepare(@Valid @NotNull PowderBatchJson batch, @Context UriInfo uri) {
        var prepared =
                batches.prepare(
                        batch.batchNumber(),
                        batch.powderType(),
                        batch.virginUsedRatio(),
                        batch.reuseCount(),
                        Units.MASS_FRACTION_PCT.convert(batch.inhouseOxygen(), "inhouseOxygen"),
                        batch.sievedOn(),
                        batch.lots());
        return Response.created(uri.getAbsolutePathBuilder().path(prepared.batchNumber()).build())
                .entity(PowderBatchJson.of(prepared))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{batchNumber}")
    public PowderBatchJson get(@PathParam("batchNumber") String batchNumber) {
        return PowderBatchJson.of(batches.get(batchNumber));
    }
}
