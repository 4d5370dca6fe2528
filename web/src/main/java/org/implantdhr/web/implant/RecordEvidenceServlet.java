package org.implantdhr.web.implant;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.implantdhr.evidence.boundary.EvidenceArchive;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.FileDownload;

/**
 * A raw evidence file exactly as it was uploaded, for the record pages: /record/evidence/{file id}.
 * Inside the /record area, so the browser session of QA, a regulator or an administrator opens it
 * (the API takes Basic only).
 */
@WebServlet("/record/evidence/*")
public class RecordEvidenceServlet extends HttpServlet {

    @EJB transient EvidenceArchive archive;

    /**
     * The roles of the /record area (web.xml); checked here too, as the archive itself serves
     * operators.
     */
    private static final java.util.List<String> READERS =
            java.util.List.of("QA", "QA_MANAGER", "REGULATOR", "ADMIN");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (READERS.stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND, "Name a file: /record/evidence/{id}");
            return;
        }
        try {
            var file = archive.get(Long.parseLong(path.substring(1)));
            FileDownload.send(
                    response, file.content(), file.mediaType(), file.fileName(), file.sha256());
        } catch (NoSuchRecordException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
