package it.org.implantdhr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Test
    void healthNeedsNoLogin() {
        var answer = Api.anonymous().get("/health/ready");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text()).contains("\"database\"").contains("UP");
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.300")
    void theApiNeedsALogin() {
        assertThat(Api.anonymous().get("/api/users/me").status()).isEqualTo(401);
        assertThat(Api.as("admin", "not-the-password").get("/api/users/me").status())
                .isEqualTo(401);
        assertThat(Api.as("nobody", "whatever-password").get("/api/users/me").status())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN"})
    void everyRoleLogsInAndSeesItself(String role) {
        var me = People.as(role).get("/api/users/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo(role);
        assertThat(me.text()).doesNotContain("PBKDF2").doesNotContain("password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    @Tag("CFR-11.10g")
    void onlyAnAdministratorCreatesUsers(String role) {
        var answer =
                People.as(role)
                        .post(
                                "/api/users",
                                """
                {"username":"intruder.%s","fullName":"X","password":"long-enough-password","roles":["ADMIN"]}"""
                                        .formatted(role.toLowerCase()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "SURGEON"})
    @Tag("CFR-11.10g")
    void shopFloorAndSurgeonsDoNotReadTheAuditTrail(String role) {
        assertThat(People.as(role).get("/api/audit").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
    @Tag("CFR-11.10e")
    void qualityRegulatorsAndAdministratorsReadTheAuditTrail(String role) {
        assertThat(People.as(role).get("/api/audit?limit=5").status()).isEqualTo(200);
    }

    @Test
    @Tag("CFR-11.100")
    @Tag("CFR-11.300")
    void aNewUserIsValidatedAndDuplicatesAreRefused() {
        var admin = People.admin();
        var tooShort =
                admin.post(
                        "/api/users",
                        """
                {"username":"short.pw","fullName":"Short Password","password":"short","roles":["QA"]}""");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("password");

        var missing =
                admin.post(
                        "/api/users",
                        """
                {"username":"no.roles","password":"long-enough-password"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text()).contains("fullName").contains("roles");

        var malformed = admin.post("/api/users", "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var unknownRole =
                admin.post(
                        "/api/users",
                        """
                {"username":"bad.role","fullName":"Bad Role","password":"long-enough-password","roles":["KING"]}""");
        // a value that is there but not one of the allowed ones: 422 naming the field and the
        // allowed values
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.text())
                .contains("roles")
                .contains("QA_MANAGER")
                .doesNotContain("org.implantdhr");

        String name = "dup." + System.nanoTime();
        String body =
                """
                {"username":"%s","fullName":"Duplicate","password":"long-enough-password","roles":["QA"]}"""
                        .formatted(name);
        assertThat(admin.post("/api/users", body).status()).isEqualTo(201);
        var again = admin.post("/api/users", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains(name);
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.300")
    void aDeactivatedUserCanNoLongerLogIn() {
        String name = "leaver." + System.nanoTime();
        var admin = People.admin();
        admin.post(
                "/api/users",
                """
                {"username":"%s","fullName":"Leaver","password":"long-enough-password","roles":["QA"]}"""
                        .formatted(name));
        var leaver = Api.as(name, "long-enough-password");
        assertThat(leaver.get("/api/users/me").status()).isEqualTo(200);

        assertThat(admin.post("/api/users/" + name + "/deactivation", "{}").status())
                .isEqualTo(400);
        assertThat(
                        admin.post(
                                        "/api/users/" + name + "/deactivation",
                                        "{\"reason\":\"left the company\"}")
                                .status())
                .isEqualTo(200);
        assertThat(leaver.get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() {
        var admin = People.admin();
        var refused = admin.post("/api/users/admin/deactivation", "{\"reason\":\"leaving\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("detail")).contains("another administrator");
        assertThat(admin.get("/api/users/me").status()).isEqualTo(200);
    }
}
