package it.org.implantdhr.identity;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * People of a test's own, created by the administrator through the API: a test that locks, resets
 * or deactivates an account uses one of these, never a shared demo or test user, so that no other
 * test is locked out by it.
 */
final class Accounts {

    static final String PASSWORD = "own-test-password-42";

    private Accounts() {}

    /** A new person with that role, e.g. {@code created("lock", "QA")}. */
    static String created(String prefix, String role) {
        String name = prefix + "." + Unique.tag().toLowerCase();
        expect(
                People.admin()
                        .post(
                                "/api/users",
                                """
                {"username":"%s","fullName":"Test %s","password":"%s","roles":["%s"]}"""
                                        .formatted(name, name, PASSWORD, role)),
                201);
        return name;
    }

    static Api as(String username) {
        return Api.as(username, PASSWORD);
    }

    /** The audit entries of that record type whose label is the user name. */
    static JsonArray auditOf(String recordType, String username) {
        return expect(
                        People.admin()
                                .get(
                                        "/api/audit?recordType="
                                                + recordType
                                                + "&label="
                                                + Api.q(username)),
                        200)
                .array();
    }

    /** This user name's row in the sign-in alerts, or null. */
    static JsonObject alertOf(String username) {
        return expect(People.admin().get("/api/users/sign-in-alerts"), 200).array().stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("username").equals(username))
                .findFirst()
                .orElse(null);
    }

    static Api.Answer reason(Api who, String path, String reason) {
        return who.post(path, "{\"reason\":\"" + reason + "\"}");
    }
}
