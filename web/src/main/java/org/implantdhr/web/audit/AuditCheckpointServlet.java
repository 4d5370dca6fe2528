package org.implantdhr.web.audit;

import jakarta.ejb.EJB;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.implantdhr.audit.boundary.AuditCheckpoints;

/**
 * The audit trail page's download of a signed checkpoint (/record/audit-checkpoint?id=…), the same
 * checkpoint file as the API's, for the people the page is for (the /record/* constraint).
 */
@WebServlet("/record/audit-checkpoint")
public class AuditCheckpointServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB AuditCheckpoints checkpoints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such checkpoint.");
            return;
        }
        org.implantdhr.audit.entity.AuditCheckpoint checkpoint;
        try {
            checkpoint = checkpoints.get(id);
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such checkpoint.");
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"audit-checkpoint-" + checkpoint.seq() + ".json\"");
        try (var json = JsonbBuilder.create()) {
            response.getOutputStream()
                    .write(
                            json.toJson(AuditCheckpointsResource.CheckpointFile.of(checkpoint))
                                    .getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException("The checkpoint could not be written", e);
        }
    }
}
