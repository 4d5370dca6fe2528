package it.org.implantdhr.platform;

import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every kind of response the application gives carries the same protective headers, over http and
 * over https: a page before and after login, a refused page (403), the redirect to the login page,
 * an API answer, the API's 401 and 403 (problem+json), an API error, a public {@code /verify} page
 * and file, and downloads through the API and through the pages. A Content-Security-Policy that
 * runs no inline script (and pages that have none), {@code nosniff}, no framing, a referrer policy;
 * over https also Strict-Transport-Security and a {@code Secure} session cookie.
 */
@Tag("CFR-11.10d")
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class SecurityHeadersIT {

    private static final String HTTP = Api.BASE;
    private static final String HTTPS =
            "https://localhost:" + System.getProperty("it.https.port", "9543");

    /** One response as it came: status, headers (names in lower case) and body. */
    record Answer(String what, int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        @Override
        public String toString() {
            return what + " → " + status;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "https"})
    void everyKindOfResponseCarriesTheProtectiveHeaders(String scheme) {
        String base = scheme.equals("https") ? HTTPS : HTTP;
        String caseNumber = CaseFixtures.newCase();
        CaseFixtures.design(caseNumber, "V1");
        People.as("QA");
        People.as("OPERATOR");

        List<Answer> answers = new ArrayList<>();
        Answer loginPage = get(base, "a public page", "/login.xhtml", null, null);
        answers.add(loginPage);
        Answer login = logIn(base, loginPage, "it.qa", People.PASSWORD);
        answers.add(login);
        String session = sessionCookie(login);
        answers.add(get(base, "the redirect to the login page", "/qa/queue.xhtml", null, null));
        answers.add(get(base, "a page behind the login", "/qa/queue.xhtml", session, null));
        answers.add(get(base, "a refused page (403)", "/admin/users.xhtml", session, null));
        answers.add(
                get(
                        base,
                        "a page's failed download",
                        "/qa/certificate.pdf?serial=" + unique("NONE"),
                        session,
                        null));
        answers.add(get(base, "an API answer", "/api/users/me", null, basic("it.qa")));
        answers.add(get(base, "the API's 401", "/api/users/me", null, null));
        answers.add(
                get(
                        base,
                        "the API's 401 for a wrong password",
                        "/api/users/me",
                        null,
                        "Basic " + encode("it.qa:not-the-password")));
        answers.add(
                get(base, "the API's 403", "/api/audit/verification", null, basic("it.operator")));
        answers.add(
                get(
                        base,
                        "an API error (404)",
                        "/api/implants/" + unique("NONE"),
                        null,
                        basic("it.qa")));
        answers.add(
                get(
                        base,
                        "a download through the API",
                        "/api/cases/" + caseNumber + "/designs/V1/file",
                        null,
                        basic("it.engineer")));
        answers.add(
                get(base, "the public verification page", "/verify/" + unique("NONE"), null, null));
        answers.add(get(base, "the public verification form", "/verify", null, null));
        answers.add(get(base, "the public CA file", "/verify/ca.pem", null, null));

        SoftAssertions softly = new SoftAssertions();
        for (Answer answer : answers) {
            String policy = answer.header("Content-Security-Policy");
            softly.assertThat(policy).as(answer + ": Content-Security-Policy").isNotNull();
            if (policy != null) {
                softly.assertThat(scriptSources(policy))
                        .as(answer + ": scripts allowed by " + policy)
                        .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:");
                softly.assertThat(policy)
                        .as(answer + ": framing")
                        .contains("frame-ancestors 'none'");
            }
            softly.assertThat(answer.header("X-Content-Type-Options"))
                    .as(answer + ": X-Content-Type-Options")
                    .isEqualTo("nosniff");
            softly.assertThat(answer.header("X-Frame-Options"))
                    .as(answer + ": X-Frame-Options")
                    .isEqualTo("DENY");
            softly.assertThat(answer.header("Referrer-Policy"))
                    .as(answer + ": Referrer-Policy")
                    .isIn("same-origin", "no-referrer", "strict-origin");
            if (scheme.equals("https")) {
                softly.assertThat(answer.header("Strict-Transport-Security"))
                        .as(answer + ": Strict-Transport-Security")
                        .matches("max-age=[1-9][0-9]{6,}.*");
            } else {
                softly.assertThat(answer.header("Strict-Transport-Security"))
                        .as(answer + ": no Strict-Transport-Security over http")
                        .isNull();
            }
            for (String cookie : answer.all("Set-Cookie")) {
                if (cookie.startsWith("JSESSIONID=") && scheme.equals("https")) {
                    softly.assertThat(cookie)
                            .as(answer + ": session cookie")
                            .containsIgnoringCase("; Secure");
                }
                if (cookie.startsWith("JSESSIONID=")) {
                    softly.assertThat(cookie)
                            .as(answer + ": session cookie")
                            .containsIgnoringCase("HttpOnly");
                }
            }
            String type = answer.header("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                softly.assertThat(inlineScripts(answer.body()))
                        .as(answer + ": inline scripts and event handlers in the page")
                        .isEmpty();
            }
        }
        softly.assertThat(login.status())
                .as("the login answers with the start page")
                .isIn(302, 303);
        softly.assertThat(session).as("the login gives a session").isNotNull();
        softly.assertThat(answers.get(4).status()).as(answers.get(4).toString()).isEqualTo(403);
        for (Answer refusal : List.of(answers.get(7), answers.get(8), answers.get(9))) {
            int expected = refusal == answers.get(9) ? 403 : 401;
            softly.assertThat(refusal.status()).as(refusal.toString()).isEqualTo(expected);
            softly.assertThat(refusal.header("Content-Type"))
                    .as(refusal + ": content type")
                    .startsWith("application/problem+json");
            softly.assertThat(refusal.body())
                    .as(refusal + ": body")
                    .contains("\"status\":" + expected)
                    .doesNotContain("Exception", "org.implantdhr");
        }
        softly.assertThat(answers.get(6).status()).as(answers.get(6).toString()).isEqualTo(200);
        softly.assertThat(answers.get(11).status()).as(answers.get(11).toString()).isEqualTo(200);
        softly.assertAll();
    }

    /**
     * In a real browser the policy refuses a script written into the page (as an injection would
     * write it) and the browser tests see the refusal: {@link Browser#close} fails a test on any.
     */
    @Test
    void theBrowserRefusesAnInlineScriptAndTheBrowserTestsSeeIt(Browser browser) {
        browser.open("/login.xhtml").waitFor(By.id("login:username"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var s = document.createElement('script');"
                                + " s.textContent = 'window.injectedScriptRan = true;';"
                                + " document.body.appendChild(s);");
        assertThat(
                        ((JavascriptExecutor) browser.driver())
                                .executeScript("return window.injectedScriptRan === true;"))
                .as("the inline script ran")
                .isEqualTo(false);
        assertThat(browser.contentSecurityPolicyViolations())
                .as("the browser's console reports the refusal")
                .anySatisfy(message -> assertThat(message).contains("inline script"));
    }

    /** The sources a policy allows scripts from: script-src, else default-src. */
    private static List<String> scriptSources(String policy) {
        String fallback = null;
        for (String directive : policy.split(";")) {
            List<String> words = Arrays.asList(directive.trim().split("\\s+"));
            if (words.get(0).equals("script-src")) {
                return words.subList(1, words.size());
            }
            if (words.get(0).equals("default-src")) {
                fallback = directive;
            }
        }
        if (fallback == null) {
            return List.of("*"); // no restriction at all
        }
        List<String> words = Arrays.asList(fallback.trim().split("\\s+"));
        return words.subList(1, words.size());
    }

    private static final Pattern SCRIPT =
            Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER =
            Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static List<String> inlineScripts(String html) {
        List<String> found = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(1).contains("src=")) {
                found.add(script.group());
            }
        }
        Matcher handler = HANDLER.matcher(html);
        while (handler.find()) {
            found.add(handler.group());
        }
        if (html.contains("javascript:")) {
            found.add("javascript: URL");
        }
        return found;
    }

    /** Sends the login form as a browser does (the session cookie and the form's hidden fields). */
    private static Answer logIn(String base, Answer loginPage, String username, String password) {
        StringBuilder form =
                new StringBuilder("login%3Ausername=")
                        .append(URLEncoder.encode(username, StandardCharsets.UTF_8))
                        .append("&login%3Apassword=")
                        .append(URLEncoder.encode(password, StandardCharsets.UTF_8))
                        .append("&login%3Asubmit=Log+in");
        Matcher hidden = HIDDEN.matcher(loginPage.body());
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.append('&')
                        .append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8))
                        .append('=')
                        .append(
                                URLEncoder.encode(
                                        value.find() ? value.group(1).replace("&amp;", "&") : "",
                                        StandardCharsets.UTF_8));
            }
        }
        return send(
                base,
                "the login",
                "POST",
                "/login.xhtml",
                sessionCookie(loginPage),
                null,
                form.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    private static String sessionCookie(Answer answer) {
        return answer.all("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    private static String basic(String username) {
        return "Basic " + encode(username + ":" + People.PASSWORD);
    }

    private static String encode(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer get(String base, String what, String path, String cookie, String auth) {
        return send(base, what, "GET", path, cookie, auth, null);
    }

    /**
     * One request, redirects not followed; over https the test server's self-signed certificate is
     * accepted.
     */
    private static Answer send(
            String base,
            String what,
            String method,
            String path,
            String cookie,
            String authorization,
            byte[] form) {
        try {
            var connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(TRUST_THE_TEST_SERVER.getSocketFactory());
                https.setHostnameVerifier((host, certificate) -> true);
            }
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", "text/html, application/json;q=0.9, */*;q=0.8");
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(120_000);
            if (cookie != null) {
                connection.setRequestProperty("Cookie", cookie);
            }
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (form != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(form);
                }
            }
            int status = connection.getResponseCode();
            InputStream in =
                    status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            var body = new ByteArrayOutputStream();
            if (in != null) {
                try (in) {
                    in.transferTo(body);
                }
            }
            return new Answer(
                    what + " (" + method + " " + base + path + ")",
                    status,
                    connection.getHeaderFields(),
                    body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + base + path, e);
        }
    }

    private static final SSLContext TRUST_THE_TEST_SERVER = trustAll();

    private static SSLContext trustAll() {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
