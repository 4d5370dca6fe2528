package it.org.implantdhr.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test users, one per role (and a second QA for four-eyes), created through the API by the first
 * administrator whom the test server is configured with. Created once per test database, then
 * reused.
 */
public final class People {

    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String PASSWORD = "it-user-password-1";

    private static final Map<String, Api> CLIENTS = new ConcurrentHashMap<>();

    private People() {}

    public static Api admin() {
        return Api.as("admin", ADMIN_PASSWORD);
    }

    /** The hospital of the test plant's cases, where the test study staff work. */
    public static final String HOSPITAL = "Universitätsklinikum Heidelberg";

    /**
     * The test user "it.<role>" (lower case), e.g. as("QA"), as("SURGEON"); study staff work at
     * {@link #HOSPITAL}.
     */
    public static Api as(String role) {
        return named("it." + role.toLowerCase().replace('_', '-'), role);
    }

    /** Another user with the given role, e.g. a second surgeon or a second QA. */
    public static Api named(String username, String role) {
        return CLIENTS.computeIfAbsent(
                username,
                u -> {
                    var answer =
                            admin().post(
                                            "/api/users",
                                            """
                    {"username":"%s","fullName":"Test %s","password":"%s","roles":["%s"]%s}"""
                                                    .formatted(
                                                            u,
                                                            u,
                                                            PASSWORD,
                                                            role,
                                                            "STUDY_STAFF".equals(role)
                                                                    ? ",\"hospital\":\""
                                                                            + HOSPITAL
                                                                            + "\""
                                                                    : ""));
                    if (answer.status() != 201 && answer.status() != 409) {
                        throw new IllegalStateException(
                                "Could not create test user " + u + ": " + answer);
                    }
                    return Api.as(u, PASSWORD);
                });
    }
}
