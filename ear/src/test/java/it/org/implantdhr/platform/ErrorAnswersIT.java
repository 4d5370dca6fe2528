package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * No stack trace, ever (issue 11): every error reaches a person as the product's own page and a
 * program as problem+json, without a trace, an exception's name or a class of the server.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
@Tag("CFR-11.10c")
class ErrorAnswersIT {

    /**
     * A Java class name (org.implantdhr.web.powder.SuppliersResource$SupplierJson), a trace line.
     */
    private static final Pattern INTERNALS =
            Pattern.compile(
                    "(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\$[A-Z]\\w*|Exception|RESTEASY\\d+|\\bat [a-z]+\\.");

    /**
     * HTTP/1.1, as browsers speak to a server without TLS: an HTTP/2 upgrade (h2c) of a request
     * that Liberty refuses before the application sees it (the encoded slash) is never answered.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void withoutInternals(String what, String body) {
        assertThat(INTERNALS.matcher(body).results().map(r -> r.group()).toList())
                .as(what + " names no class, exception or trace: " + body)
                .isEmpty();
    }

    @Test
    void anAddressTheServerCannotTakeIsTheProductsPageForAPersonAndAProblemForAProgram()
            throws Exception {
        var page = get("/verify/a%2Fb", "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).as(page.body()).isBetween(400, 499);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Implant DHR");
        withoutInternals("the page for /verify/a%2Fb", page.body());

        var problem = get("/verify/a%2Fb", "application/json");
        assertThat(problem.statusCode()).as(problem.body()).isBetween(400, 499);
        assertThat(problem.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        withoutInternals("the problem for /verify/a%2Fb", problem.body());
    }

    @Test
    void aPageThatDoesNotExistIsTheProductsPage() throws Exception {
        var page = get("/no-such-place/here", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Implant DHR");
        withoutInternals("the page for an unknown address", page.body());
    }

    /**
     * Bodies an API refuses: not JSON, JSON of the wrong shape, a field of the wrong type; each is
     * a 4xx problem naming no class (SuppliersResource$SupplierJson was seen).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{",
                "[]",
                "\"a supplier\"",
                "{\"name\":{\"a\":1},\"approvedFrom\":\"2026-01-01\"}",
                "{\"name\":\"S\",\"approvedFrom\":20260101}",
                "{\"name\":\"S\",\"approvedFrom\":\"first of May\"}",
                "{\"name\":[1,2],\"approvedFrom\":\"2026-01-01\"}"
            })
    void aBodyOfTheWrongShapeOrTypeIsA4xxProblemWithoutInternals(String body) {
        var answer = People.as("QA").post("/api/suppliers", body);
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        withoutInternals("the answer to " + body, answer.text());
    }

    @Test
    void aParameterOfTheWrongTypeAndAMethodAResourceDoesNotHaveAreProblemsWithoutInternals()
            throws Exception {
        var wrongType = Plant.RITA.get("/api/audit?recordId=not-a-number");
        assertThat(wrongType.status()).as(wrongType.toString()).isBetween(400, 499);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        withoutInternals("the answer to a wrong parameter type", wrongType.text());

        var wrongMethod = People.as("QA").put("/api/suppliers", "{}");
        assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        withoutInternals("the answer to a wrong method", wrongMethod.text());
    }

    /**
     * A login whose "next" carries CR/LF (a header injection attempt) answered 500 with a trace: it
     * now leads to the person's start page.
     */
    @Test
    void aLoginWhoseNextCarriesALineBreakLandsOnTheStartPage(Browser browser) throws IOException {
        People.as("QA");
        browser.open("/login.xhtml?next=%2Fqa%2Fqueue.xhtml%0D%0ASet-Cookie%3A%20x%3D1");
        browser.waitFor(By.id("login:username"));
        browser.type("login:username", "it.qa")
                .type("login:password", People.PASSWORD)
                .submit("login:submit");
        browser.waitFor(By.id("signed-in-as"));
        assertThat(browser.currentPath()).isEqualTo("/qa/queue.xhtml");
        // the text a person reads (the page source carries the framework's own field names)
        withoutInternals("the page after the login", browser.pageText());
    }
}
