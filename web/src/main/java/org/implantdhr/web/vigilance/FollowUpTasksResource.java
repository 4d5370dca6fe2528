package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.FollowUpTasks;

/**
 * {@code GET /api/vigilance/tasks[?hospital=…]}: the vigilance rules' follow-up tasks (a visit
 * whose window closed without a record) of the patients the caller follows.
 */
@Path("vigilance/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpTasksResource {

    @EJB FollowUpTasks tasks;

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<FollowUpTasks.Task> open(@QueryParam("hospital") String hospital) {
        return tasks.open(hospital);
    }
}
