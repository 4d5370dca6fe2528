package org.implantdhr.web.trace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.trace.boundary.AffectedImplant;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.trace.boundary.Traces;

/**
 * Traceability. Backward: GET /api/trace/implants/{serial}. Forward: GET /api/trace/{origin}/{key},
 * origin one of powder-lots, powder-batches, builds, machines, heat-treatment-runs, furnaces,
 * component-lots, instruments.
 */
@Path("trace")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    /** The backward trace of one implant. */
    public record Backward(String serialNumber, List<TraceLink> links) {}

    /** The forward trace from one record. */
    public record Forward(String origin, String key, int count, List<AffectedImplant> implants) {}

    @EJB Traces traces;

    @RolesAllowed({Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("implants/{serial}")
    public Backward backward(@PathParam("serial") String serial) {
        return new Backward(serial, traces.backward(serial));
    }

    @RolesAllowed({Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{origin}/{key}")
    public Forward forward(@PathParam("origin") String origin, @PathParam("key") String key) {
        Traces.Origin from = origin(origin);
        var implants = traces.forward(from, key);
        return new Forward(origin, key, implants.size(), implants);
    }

    private static Traces.Origin origin(String path) {
        String name = path.toUpperCase(Locale.ROOT).replace('-', '_');
        name =
                name.endsWith("ES") && name.startsWith("POWDER_BATCH")
                        ? name.substring(0, name.length() - 2)
                        : name.endsWith("S") ? name.substring(0, name.length() - 1) : name;
        try {
            return Traces.Origin.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "Cannot trace forward from '"
                            + path
                            + "'; use one of "
                            + Arrays.stream(Traces.Origin.values())
                                    .map(
                                            o ->
                                                    o.name()
                                                                    .toLowerCase(Locale.ROOT)
                                                                    .replace('_', '-')
                                                            + (o == Traces.Origin.POWDER_BATCH
                                                                    ? "es"
                                                                    : "s"))
                                    .toList());
        }
    }
}
