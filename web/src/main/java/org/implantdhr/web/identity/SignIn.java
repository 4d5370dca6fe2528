package org.implantdhr.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.implantdhr.identity.control.AccountStates;
import org.implantdhr.identity.control.SignInGuards.Channel;
import org.implantdhr.identity.control.UserAccountIdentityStore;
import org.implantdhr.web.platform.SecurityHeaders;

/**
 * How a caller proves who they are. Machines calling /api send their password with every request
 * (HTTP Basic) and never get a session, so a browser session can never be used to call the API from
 * another site. People in the browser sign in once on the login page; their session remembers them
 * until they log out or it times out.
 */
@ApplicationScoped
public class SignIn implements HttpAuthenticationMechanism {

    /** What the browser session remembers of the signed-in person. */
    record SessionCaller(String name, Set<String> roles, long generation) implements Serializable {}

    static final String SESSION_CALLER = SignIn.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject UserAccountIdentityStore identityStore;

    @Inject AccountStates accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // what is answered here (401, the redirect to the login page) never reaches the filters
        SecurityHeaders.apply(request, response);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential()
                        instanceof UsernamePasswordCredential credential) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return resumed(request, context, session, caller);
        }
        if (context.isProtected()) {
            return toLogin(request, context, "?next=");
        }
        return context.doNothing();
    }

    /**
     * A session goes on only while its account does: every page request reads the account once (by
     * its unique name) and ends the session when the account was deactivated, or its roles,
     * password or lockout changed since the session began (the generation differs) — so that such a
     * change takes effect at once on every open session. A person who must choose a new password
     * sees nothing but the password page until they have.
     */
    private AuthenticationStatus resumed(
            HttpServletRequest request,
            HttpMessageContext context,
            HttpSession session,
            SessionCaller caller) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        var state = accounts.of(caller.name());
        if (state.isEmpty()
                || !state.get().active()
                || state.get().generation() != caller.generation()) {
            session.invalidate();
            return context.isProtected()
                    ? toLogin(request, context, "?ended=true&next=")
                    : context.doNothing();
        }
        if (state.get().passwordChangeDue()
                && context.isProtected()
                && !path.equals(PASSWORD_PAGE)) {
            return context.redirect(request.getContextPath() + PASSWORD_PAGE + "?due=true");
        }
        return context.notifyContainerAboutLogin(caller.name(), caller.roles());
    }

    /**
     * After the person changed their own password in this session (which raises the account's
     * generation): this session goes on, the others end.
     */
    public void keepSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            accounts.of(caller.name())
                    .ifPresent(
                            state ->
                                    session.setAttribute(
                                            SESSION_CALLER,
                                            new SessionCaller(
                                                    caller.name(),
                                                    caller.roles(),
                                                    state.generation())));
        }
    }

    private static AuthenticationStatus toLogin(
            HttpServletRequest request, HttpMessageContext context, String query) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        return context.redirect(
                request.getContextPath()
                        + LOGIN_PAGE
                        + query
                        + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request,
            HttpMessageContext context,
            UsernamePasswordCredential credential) {
        CredentialValidationResult result =
                identityStore.check(
                        credential.getCaller(),
                        credential.getPasswordAsString(),
                        request.getRemoteAddr(),
                        Channel.LOGIN);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        long generation =
                accounts.of(result.getCallerPrincipal().getName())
                        .map(AccountStates.AccountState::generation)
                        .orElse(-1L);
        // a new session id on login, so that a session id planted before the login is worth nothing
        // afterwards
        request.getSession(true);
        request.changeSessionId();
        request.getSession()
                .setAttribute(
                        SESSION_CALLER,
                        new SessionCaller(
                                result.getCallerPrincipal().getName(),
                                Set.copyOf(result.getCallerGroups()),
                                generation));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result =
                        identityStore.check(
                                credential.getCaller(),
                                credential.getPasswordAsString(),
                                request.getRemoteAddr(),
                                Channel.API);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    /**
     * 401 as every other refusal of the API: a problem+json body, written and sent here, so that
     * the server adds no error page of its own.
     */
    private static AuthenticationStatus challenge(
            HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Implant DHR\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getOutputStream().write(UNAUTHORIZED);
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nobody is listening any more; the refusal stands
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static final byte[] UNAUTHORIZED =
            ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Send a user name and password of an active account (HTTP basic"
                            + " authentication)\"}")
                    .getBytes(StandardCharsets.UTF_8);

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(
                            pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
