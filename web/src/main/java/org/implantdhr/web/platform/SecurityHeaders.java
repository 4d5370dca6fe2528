package org.implantdhr.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of every response of the application — pages, the API, the public {@code /verify}
 * pages, downloads and error pages: nothing runs or loads but the server's own files (no inline
 * script at all, so an injected script cannot run), nothing is sniffed into another type, no other
 * site may frame a response, no address leaks to another site, nothing with patient or release data
 * stays in a shared cache, and over https the browser is told to come back on https only. The one
 * place these headers are decided: responses that the sign-in answers itself, before any filter
 * (401, the redirect to the login page), call {@link #apply} too, and downloads narrow the policy
 * with {@link #forDownload} or {@link #forPdf}.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class SecurityHeaders extends HttpFilter {

    /**
     * Scripts only from this server's files ({@code resources/js}, Faces' own script): no {@code
     * 'unsafe-inline'}. Styles may be inline: the server-made SVG plots carry their own; a style
     * cannot run anything.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** A stored file: never rendered as a page of the application, should a browser open it. */
    static final String DOWNLOAD_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    /** A PDF shown in the browser's own viewer, which needs to embed it. */
    static final String PDF_POLICY =
            "default-src 'none'; object-src 'self'; frame-ancestors 'none'";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers every response carries. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** A stored file sent as a download. */
    public static void forDownload(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", DOWNLOAD_POLICY);
    }

    /** A PDF that the browser may show. */
    public static void forPdf(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", PDF_POLICY);
    }
}
