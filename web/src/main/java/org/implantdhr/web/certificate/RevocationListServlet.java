package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.implantdhr.certificate.boundary.Certificates;

/**
 * {@code GET /verify/ca.crl}: the CA's certificate revocation list (DER), at the address our signer
 * certificates name as their CRL distribution point. An exact servlet path, so it wins over the
 * verification servlet's {@code /verify/*}; not rate-limited, because validators fetch it on their
 * own schedule and it reveals nothing about any implant.
 */
@WebServlet(urlPatterns = "/verify/ca.crl")
public class RevocationListServlet extends HttpServlet {

    @EJB Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<byte[]> crl = certificates.caCrl();
        if (crl.isEmpty()) {
            response.setStatus(404);
            response.setContentType("application/problem+json");
            response.getOutputStream()
                    .write(
                            ("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                                            + "\"detail\":\"This installation's CA publishes no"
                                            + " revocation list here\"}")
                                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        // a validator may keep it until the next list is due; the demo CA issues one every 3.5 days
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentType("application/pkix-crl");
        response.getOutputStream().write(crl.get());
    }
}
