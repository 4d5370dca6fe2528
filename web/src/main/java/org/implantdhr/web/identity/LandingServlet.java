package org.implantdhr.web.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's address itself ({@code /}): an anonymous visitor goes to the login page, a
 * signed-in person to the start page of their role. Mapped to the context root only (the empty
 * pattern), so that no page is rendered for a visitor nobody has signed in (the welcome file would
 * be, as the page constraints do not apply to it).
 */
@WebServlet("")
public class LandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String start = request.getUserPrincipal() == null ? null : StartPage.of(request);
        response.sendRedirect(
                request.getContextPath()
                        + (request.getUserPrincipal() == null
                                ? SignIn.LOGIN_PAGE
                                : start == null ? "/index.xhtml" : start));
    }
}
