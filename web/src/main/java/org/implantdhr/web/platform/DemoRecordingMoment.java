package org.implantdhr.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.implantdhr.platform.control.RecordingClock;

/**
 * In demo mode only: a request of the demo plant runs on the past moment of the plant's history
 * that it records (see {@link RecordingClock}). Without the token that only this JVM knows, or on a
 * server not in demo mode, the headers are ignored and the request runs on the server's clock.
 */
@WebFilter("/api/*")
public class DemoRecordingMoment extends HttpFilter {

    private boolean demoMode;

    @Override
    public void init() {
        demoMode =
                ConfigProvider.getConfig()
                        .getOptionalValue("implantdhr.demo.enabled", Boolean.class)
                        .orElse(false);
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String moment = request.getHeader(RecordingClock.DEMO_MOMENT_HEADER);
        String token = request.getHeader(RecordingClock.DEMO_TOKEN_HEADER);
        if (!demoMode
                || moment == null
                || token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        RecordingClock.demoToken().getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        Instant at;
        try {
            at = Instant.parse(moment);
        } catch (java.time.format.DateTimeParseException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The demo recording moment is not an instant");
            return;
        }
        if (!at.isBefore(Instant.now())) {
            chain.doFilter(request, response);
            return;
        }
        try (var ignored = RecordingClock.setBackTo(at)) {
            chain.doFilter(request, response);
        }
    }
}
