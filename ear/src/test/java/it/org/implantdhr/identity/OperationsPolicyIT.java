package it.org.implantdhr.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API's OpenAPI document, called by every role and by nobody, against the
 * policy table kept in the repository ({@code security/operations-policy.csv}): a cell that differs
 * fails, and so does an operation without a row (a new endpoint cannot ship without deciding who
 * may call it) or a row without an operation. "allow" means the caller gets past the authorization
 * check (any answer but 401 and 403: a minimal request is usually refused for its content, or the
 * record does not exist); "deny" means 403 as problem+json for a signed-in role, before anything of
 * the request is validated, and 401 for an anonymous caller.
 *
 * <p>The requests name records that do not exist and send empty bodies, so an allowed write changes
 * nothing of what other tests record.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsPolicyIT {

    static final List<String> ROLES =
            List.of(
                    "OPERATOR",
                    "ENGINEER",
                    "QA",
                    "QA_MANAGER",
                    "REGULATOR",
                    "SURGEON",
                    "ADMIN",
                    "STUDY_STAFF");
    static final String ANONYMOUS = "anonymous";

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** Path parameters whose values the routing restricts (a regular expression in @Path). */
    private static final Map<String, String> ROUTED_VALUES = Map.of("document", "implant-card");

    record Operation(String method, String path) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.10g")
    void everyOperationAnswersEveryRoleAsThePolicyTableSays() throws Exception {
        Map<Operation, Map<String, String>> policy = policy();
        Map<Operation, JsonObject> documented = documentedOperations();

        assertThat(new TreeSet<>(documented.keySet()))
                .as("operations of /openapi and rows of operations-policy.csv")
                .containsExactlyElementsOf(new TreeSet<>(policy.keySet()));

        Map<String, Caller> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            People.as(role);
            callers.put(role, Caller.as("it." + role.toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        callers.put(ANONYMOUS, new Caller(null));

        List<String> differences = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> columns = new ArrayList<>();
            for (var caller : callers.entrySet()) {
                columns.add(
                        pool.submit(
                                () ->
                                        column(
                                                caller.getKey(),
                                                caller.getValue(),
                                                documented,
                                                policy)));
            }
            for (var column : columns) {
                differences.addAll(column.get());
            }
        } finally {
            pool.shutdownNow();
        }
        differences.sort(null);
        assertThat(differences)
                .as(
                        "cells of operations-policy.csv that differ from the answers of %d operations",
                        documented.size())
                .isEmpty();
    }

    private static List<String> column(
            String who,
            Caller caller,
            Map<Operation, JsonObject> documented,
            Map<Operation, Map<String, String>> policy) {
        List<String> differences = new ArrayList<>();
        for (var operation : documented.entrySet()) {
            String expected = policy.get(operation.getKey()).get(who);
            long start = System.nanoTime();
            String difference;
            try {
                difference =
                        difference(
                                who,
                                expected,
                                call(caller, operation.getKey(), operation.getValue()));
            } catch (RuntimeException e) {
                difference = "no answer: " + e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 5_000) {
                System.out.printf(
                        "%s as %s answered after %d ms%n", operation.getKey(), who, millis);
            }
            if (difference != null) {
                differences.add(operation.getKey() + " as " + who + ": " + difference);
            }
        }
        return differences;
    }

    /** Null when the answer is what the cell says, else what differs. */
    static String difference(String who, String expected, Api.Answer answer) {
        int status = answer.status();
        boolean refused = status == 401 || status == 403;
        if ("allow".equals(expected)) {
            return refused ? "expected allow, answered " + status : null;
        }
        int deny = ANONYMOUS.equals(who) ? 401 : 403;
        if (status != deny) {
            return "expected deny (" + deny + "), answered " + answer;
        }
        if (deny == 403
                && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            return "403 not as problem+json: " + answer.contentType();
        }
        return null;
    }

    /**
     * A GET as it is; a write with an empty JSON object to an operation that reads JSON, else with
     * an empty file.
     */
    private static Api.Answer call(Caller caller, Operation operation, JsonObject description) {
        String path = path(operation.path(), description);
        if ("GET".equals(operation.method())) {
            return caller.send("GET", path, null, null);
        }
        boolean json =
                description.containsKey("requestBody")
                        && description
                                .getJsonObject("requestBody")
                                .getJsonObject("content")
                                .containsKey("application/json");
        return json
                ? caller.send(operation.method(), path, "application/json", "{}".getBytes(UTF_8))
                : caller.send(operation.method(), path, "application/octet-stream", new byte[0]);
    }

    /**
     * A caller over HTTP/1.1, one connection per column: the tests' usual client speaks HTTP/2,
     * whose streams on one connection the test server's HTTP/2 channel was seen to leave hanging
     * when several columns were called at once.
     */
    record Caller(String authorization) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();

        static Caller as(String username) {
            return new Caller(
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":" + People.PASSWORD).getBytes(UTF_8)));
        }

        Api.Answer send(String method, String path, String contentType, byte[] body) {
            var request =
                    HttpRequest.newBuilder(URI.create(Api.BASE + path))
                            .timeout(Duration.ofSeconds(120))
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<byte[]> response =
                        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Api.Answer(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The path with a value for each parameter: of records that do not exist. */
    private static String path(String template, JsonObject description) {
        Map<String, String> types = new LinkedHashMap<>();
        if (description.containsKey("parameters")) {
            for (JsonValue p : description.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                if ("path".equals(parameter.getString("in", ""))) {
                    types.put(
                            parameter.getString("name"),
                            parameter.containsKey("schema")
                                    ? parameter.getJsonObject("schema").getString("type", "string")
                                    : "string");
                }
            }
        }
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value =
                    ROUTED_VALUES.getOrDefault(
                            name,
                            "integer".equals(types.get(name))
                                    ? "987654321012"
                                    : "NO-SUCH-" + name.toUpperCase(Locale.ROOT));
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The operations of the document, each with its description. */
    static Map<Operation, JsonObject> documentedOperations() {
        var answer = Api.anonymous().get("/openapi?format=JSON");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject paths = answer.json().getJsonObject("paths");
        Map<Operation, JsonObject> operations = new LinkedHashMap<>();
        for (var path : paths.entrySet()) {
            String apiPath =
                    path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            for (var method : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(method.getKey())) {
                    operations.put(
                            new Operation(method.getKey().toUpperCase(Locale.ROOT), apiPath),
                            method.getValue().asJsonObject());
                }
            }
        }
        return operations;
    }

    /** The table: per operation, "allow" or "deny" per role and for anonymous callers. */
    static Map<Operation, Map<String, String>> policy() {
        List<String> lines;
        try (InputStream in =
                OperationsPolicyIT.class.getResourceAsStream("/security/operations-policy.csv")) {
            assertThat(in).as("security/operations-policy.csv").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> heading = null;
        Map<Operation, Map<String, String>> policy = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.strip().split(",", -1));
            if (heading == null) {
                heading = cells;
                List<String> expected = new ArrayList<>(List.of("method", "path"));
                expected.addAll(ROLES);
                expected.add(ANONYMOUS);
                assertThat(heading).as("heading of operations-policy.csv").isEqualTo(expected);
                continue;
            }
            assertThat(cells).as(line).hasSize(heading.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 2; i < cells.size(); i++) {
                assertThat(cells.get(i)).as(line).isIn("allow", "deny");
                row.put(heading.get(i), cells.get(i));
            }
            var operation = new Operation(cells.get(0), cells.get(1));
            assertThat(policy.put(operation, row)).as("a second row for " + operation).isNull();
        }
        return policy;
    }
}
