package org.implantdhr.web.powder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.powder.boundary.Suppliers;
import org.implantdhr.powder.entity.ApprovedSupplier;

/** The approved-supplier list. */
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuppliersResource {

    /** A supplier and the period of its approval. */
    public record SupplierJson(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate approvedFrom,
            LocalDate approvedUntil) {
        static SupplierJson of(ApprovedSupplier s) {
            return new SupplierJson(s.name(), s.approvedFrom(), s.approvedUntil());
        }
    }

    @EJB Suppliers suppliers;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response approve(@Valid @NotNull SupplierJson supplier) {
        return Response.status(Response.Status.CREATED)
                .entity(
                        SupplierJson.of(
                                suppliers.approve(
                                        supplier.name(),
                                        supplier.approvedFrom(),
                                        supplier.approvedUntil())))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<SupplierJson> all() {
        return suppliers.all().stream().map(SupplierJson::of).toList();
    }
}
