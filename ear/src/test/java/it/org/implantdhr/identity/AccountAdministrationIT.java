package it.org.implantdhr.identity;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an administrator does to accounts over the API — roles, password resets, reactivation — each
 * with a reason in the audit trail; nobody changes their own roles; a person's own password change
 * and the password rules (21 CFR 11.10(d), (g), 11.300).
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final Api ADMIN = People.admin();

    private static List<String> rolesOf(Api who) {
        return expect(who.get("/api/users/me"), 200)
                .json()
                .getJsonArray("roles")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
    }

    private static Api.Answer changeRoles(Api who, String username, String roles, String reason) {
        return who.put(
                "/api/users/" + username + "/roles",
                "{\"roles\":" + roles + ",\"reason\":\"" + reason + "\"}");
    }

    private static Api.Answer changeOwn(Api who, String current, String next) {
        return who.post(
                "/api/users/me/password",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.10g")
    void anAdministratorChangesRolesWithAReasonAndTheyTakeEffectAtOnce() {
        String name = Accounts.created("roles", "OPERATOR");
        Api person = Accounts.as(name);
        assertThat(rolesOf(person)).containsExactly("OPERATOR");
        expect(person.get("/api/users/sign-in-alerts"), 403);

        expect(changeRoles(ADMIN, name, "[\"OPERATOR\"]", "no change"), 409);
        expect(changeRoles(ADMIN, name, "[]", "none"), 400);
        expect(changeRoles(ADMIN, name, "[\"QA_MANAGER\"]", ""), 400);
        JsonObject changed =
                expect(
                                changeRoles(
                                        ADMIN,
                                        name,
                                        "[\"QA_MANAGER\",\"QA\"]",
                                        "Promoted to QA manager"),
                                200)
                        .json();
        assertThat(changed.getJsonArray("roles").toString()).contains("QA_MANAGER", "QA");

        assertThat(rolesOf(person)).containsExactlyInAnyOrder("QA", "QA_MANAGER");
        expect(person.get("/api/users/sign-in-alerts"), 200);
        assertThat(Accounts.auditOf("UserAccount", name).getValuesAs(JsonObject.class))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("field", "")).isEqualTo("roles");
                            assertThat(e.getString("oldValue")).isEqualTo("[OPERATOR]");
                            assertThat(e.getString("newValue")).isEqualTo("[QA, QA_MANAGER]");
                            assertThat(e.getString("reason")).isEqualTo("Promoted to QA manager");
                            assertThat(e.getString("actor")).isEqualTo("admin");
                        });
    }

    @Test
    @Tag("CFR-11.10g")
    void nobodyChangesTheirOwnRoles() {
        String other = Accounts.created("second.admin", "ADMIN");
        Api secondAdmin = Accounts.as(other);
        Api.Answer refused =
                expectProblem(
                        changeRoles(secondAdmin, other, "[\"ADMIN\",\"QA_MANAGER\"]", "myself"),
                        409,
                        "own roles");
        assertThat(refused.text()).doesNotContain("Exception");
        assertThat(rolesOf(secondAdmin)).containsExactly("ADMIN");
        // another administrator can
        expect(changeRoles(ADMIN, other, "[\"ADMIN\",\"QA_MANAGER\"]", "Second duty"), 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    @Tag("CFR-11.10g")
    void onlyAnAdministratorChangesRolesResetsOrReactivates(String role) {
        String name = Accounts.created("target", "OPERATOR");
        Api caller = People.as(role);
        expect(changeRoles(caller, name, "[\"ADMIN\"]", "take over"), 403);
        expect(Accounts.reason(caller, "/api/users/" + name + "/password-reset", "take over"), 403);
        expect(Accounts.reason(ADMIN, "/api/users/" + name + "/deactivation", "left"), 200);
        expect(Accounts.reason(caller, "/api/users/" + name + "/reactivation", "back"), 403);
        assertThat(Accounts.as(name).get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    @Tag("CFR-11.300")
    @Tag("CFR-11.10d")
    void aResetPasswordMustBeChangedFirstAndIsNeverInTheTrail() {
        String name = Accounts.created("reset", "QA");
        JsonObject reset =
                expect(
                                Accounts.reason(
                                        ADMIN,
                                        "/api/users/" + name + "/password-reset",
                                        "Forgot the password"),
                                200)
                        .json();
        String temporary = reset.getString("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(reset.getBoolean("mustChangePassword")).isTrue();

        assertThat(Accounts.as(name).get("/api/users/me").status())
                .as("the old password is gone")
                .isEqualTo(401);
        Api temp = Api.as(name, temporary);
        assertThat(expect(temp.get("/api/users/me"), 200).json().getBoolean("mustChangePassword"))
                .isTrue();
        expectProblem(temp.get("/api/implants"), 403, "password must be changed");

        expectProblem(changeOwn(temp, temporary, temporary), 422, "differ");
        expect(changeOwn(temp, temporary, "my-own-new-secret-2026"), 204);
        Api renewed = Api.as(name, "my-own-new-secret-2026");
        expect(renewed.get("/api/implants"), 200);
        assertThat(temp.get("/api/users/me").status()).isEqualTo(401);

        String trail = Accounts.auditOf("UserAccount", name).toString();
        assertThat(trail)
                .contains("PASSWORD_RESET", "Forgot the password", "PASSWORD_CHANGED")
                .doesNotContain(temporary, "my-own-new-secret-2026", Accounts.PASSWORD);
    }

    @Test
    @Tag("CFR-11.300")
    void anAdministratorMayTypeTheTemporaryPasswordWhichFollowsTheRules() {
        String name = Accounts.created("typed", "OPERATOR");
        expectProblem(
                ADMIN.post(
                        "/api/users/" + name + "/password-reset",
                        "{\"reason\":\"help desk\",\"temporaryPassword\":\"password1234\"}"),
                422,
                "temporaryPassword");
        JsonObject reset =
                expect(
                                ADMIN.post(
                                        "/api/users/" + name + "/password-reset",
                                        "{\"reason\":\"help desk\",\"temporaryPassword\":\"told-on-the-phone-9\"}"),
                                200)
                        .json();
        assertThat(reset.get("temporaryPassword") == null || reset.isNull("temporaryPassword"))
                .as("not echoed")
                .isTrue();
        expect(Api.as(name, "told-on-the-phone-9").get("/api/users/me"), 200);
    }

    @Test
    void nobodyResetsTheirOwnPasswordThatWay() {
        expectProblem(
                Accounts.reason(ADMIN, "/api/users/admin/password-reset", "myself"),
                409,
                "own password");
    }

    @Test
    @Tag("CFR-11.10d")
    void aDeactivatedPersonIsReactivatedWithAReason() {
        String name = Accounts.created("back", "OPERATOR");
        expectProblem(
                Accounts.reason(ADMIN, "/api/users/" + name + "/reactivation", "already"),
                409,
                "active already");
        expect(
                Accounts.reason(ADMIN, "/api/users/" + name + "/deactivation", "Parental leave"),
                200);
        assertThat(Accounts.as(name).get("/api/users/me").status()).isEqualTo(401);
        expect(
                Accounts.reason(ADMIN, "/api/users/" + name + "/reactivation", "Back from leave"),
                200);
        expect(Accounts.as(name).get("/api/users/me"), 200);
        assertThat(Accounts.auditOf("UserAccount", name).getValuesAs(JsonObject.class))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("field", "")).isEqualTo("active");
                            assertThat(e.getString("oldValue")).isEqualTo("false");
                            assertThat(e.getString("newValue")).isEqualTo("true");
                            assertThat(e.getString("reason")).isEqualTo("Back from leave");
                        });
    }

    @Test
    @Tag("CFR-11.300")
    void theOwnPasswordChangeFollowsTheRules() {
        String name = Accounts.created("rules", "OPERATOR");
        Api me = Accounts.as(name);
        expectProblem(changeOwn(me, Accounts.PASSWORD, "eleven-char"), 422, "at least 12");
        expectProblem(changeOwn(me, Accounts.PASSWORD, name.toUpperCase()), 422, "user name");
        expectProblem(changeOwn(me, Accounts.PASSWORD, "Password1234"), 422, "choose most");
        expectProblem(changeOwn(me, Accounts.PASSWORD, "aaaaaaaaaaaa"), 422, "repeat");
        expectProblem(changeOwn(me, "wrong-current-pw", "twelve-chars"), 422, "does not match");
        expect(me.get("/api/users/me"), 200);

        expect(changeOwn(me, Accounts.PASSWORD, "twelve-chars"), 204);
        expect(Api.as(name, "twelve-chars").get("/api/users/me"), 200);
        assertThat(me.get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    @Tag("CFR-11.300")
    void aNewPersonsPasswordFollowsTheRulesToo() {
        String name = "newcomer." + it.org.implantdhr.platform.Unique.tag().toLowerCase();
        for (String password : List.of("elevenchars", name, "qwertyuiop12", "123456789012")) {
            expect(
                    ADMIN.post(
                            "/api/users",
                            """
                {"username":"%s","fullName":"New Comer","password":"%s","roles":["OPERATOR"]}"""
                                    .formatted(name, password)),
                    422);
        }
        assertThat(ADMIN.get("/api/users").text()).doesNotContain(name);
    }
}
