package it.org.implantdhr.identity;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 21 CFR 11.300(d): five failed attempts within the window lock a user name — over the API's basic
 * authentication, for an e-signature's password and for a password change alike — every attempt and
 * every lockout is in the audit trail with the name tried and the address, and the administrators
 * and QA managers are shown them. Each test locks a person of its own.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("CFR-11.300")
class LockoutIT {

    private static Api wrong(String username) {
        return Api.as(username, "not-the-password-at-all");
    }

    @Test
    void theFifthFailedAttemptLocksAndTheFourthDoesNot() {
        String name = Accounts.created("lock", "OPERATOR");
        for (int i = 0; i < 4; i++) {
            expect(wrong(name).get("/api/users/me"), 401);
        }
        expect(Accounts.as(name).get("/api/users/me"), 200);

        // the success started the count again: four more do not lock, the fifth does
        for (int i = 0; i < 5; i++) {
            expect(wrong(name).get("/api/users/me"), 401);
        }
        assertThat(Accounts.as(name).get("/api/users/me").status())
                .as("locked: even the right password is refused")
                .isEqualTo(401);
        JsonObject alert = Accounts.alertOf(name);
        assertThat(alert.getBoolean("locked")).isTrue();
        assertThat(alert.getInt("failedAttempts")).isGreaterThanOrEqualTo(5);
        assertThat(alert.getString("lastFailureChannel")).isEqualTo("API");
        assertThat(alert.getString("lastFailureAddress")).isNotBlank();
    }

    @Test
    @Tag("CFR-11.10e")
    void everyFailedAttemptAndTheLockoutAreAuditedWithNameAndAddress() {
        String name = Accounts.created("audited", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            expect(wrong(name).get("/api/users/me"), 401);
        }
        List<JsonObject> entries =
                Accounts.auditOf("SignInGuard", name).getValuesAs(JsonObject.class);
        assertThat(entries.stream().filter(e -> e.getString("action").equals("SIGN_IN_FAILED")))
                .hasSize(5)
                .allSatisfy(
                        e -> {
                            assertThat(e.getString("actor")).isEqualTo(name);
                            assertThat(e.getString("newValue"))
                                    .contains("\"address\"", "\"channel\":\"API\"")
                                    .doesNotContain("not-the-password-at-all");
                            assertThat(e.getString("occurredAt")).isNotBlank();
                        });
        assertThat(entries.stream().filter(e -> e.getString("action").equals("LOCKED_OUT")))
                .hasSize(1);
    }

    @Test
    void anUnknownUserNameIsCountedAndLockedLikeAKnownOne() {
        String unknown = "nobody." + Unique.tag().toLowerCase();
        for (int i = 0; i < 5; i++) {
            expect(wrong(unknown).get("/api/users/me"), 401);
        }
        assertThat(Accounts.alertOf(unknown).getBoolean("locked")).isTrue();
        assertThat(Accounts.auditOf("SignInGuard", unknown).getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("SIGN_IN_FAILED"))
                .hasSize(5);
    }

    @Test
    @Tag("CFR-11.200")
    void wrongSignaturePasswordsLockTheSignerAndTheSignatureIsRefused() {
        String name = Accounts.created("signer", "QA");
        String serial = Plant.implants(1).recorded().serial();
        Api qa = Accounts.as(name);
        expect(qa.post("/api/implants/" + serial + "/evaluations", ""), 201);
        for (int i = 0; i < 5; i++) {
            expectProblem(
                    qa.post(
                            "/api/implants/" + serial + "/release",
                            "{\"password\":\"wrong-signature-pw\",\"zone\":\"UTC\"}"),
                    422,
                    i < 4 ? "does not match" : "locked");
        }
        // read before the call below, which is a failed attempt over the API itself
        assertThat(Accounts.alertOf(name).getString("lastFailureChannel")).isEqualTo("SIGNATURE");
        assertThat(qa.get("/api/users/me").status())
                .as("the lockout holds for the API too")
                .isEqualTo(401);
        assertThat(
                        expect(Plant.QUINN.get("/api/implants/" + serial), 200)
                                .json()
                                .getString("status"))
                .isNotEqualTo("RELEASED");
    }

    @Test
    void wrongCurrentPasswordsInAPasswordChangeCountToo() {
        String name = Accounts.created("changer", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            expectProblem(
                    Accounts.as(name)
                            .post(
                                    "/api/users/me/password",
                                    "{\"currentPassword\":\"not-mine-at-all\",\"newPassword\":\"a-fresh-secret-77\"}"),
                    422,
                    "currentPassword");
        }
        assertThat(Accounts.as(name).get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    @Tag("CFR-11.10d")
    void anAdministratorUnlocksWithAReasonWhichIsAudited() {
        String name = Accounts.created("unlock", "OPERATOR");
        expectProblem(
                Accounts.reason(People.admin(), "/api/users/" + name + "/unlock", "not locked"),
                409,
                "not locked");
        for (int i = 0; i < 5; i++) {
            expect(wrong(name).get("/api/users/me"), 401);
        }
        expect(People.admin().post("/api/users/" + name + "/unlock", "{\"reason\":\" \"}"), 400);
        expect(
                Accounts.reason(
                        People.admin(),
                        "/api/users/" + name + "/unlock",
                        "Called the help desk; identity checked"),
                204);
        expect(Accounts.as(name).get("/api/users/me"), 200);
        assertThat(Accounts.auditOf("SignInGuard", name).getValuesAs(JsonObject.class))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("UPDATE");
                            assertThat(e.getString("actor")).isEqualTo("admin");
                            assertThat(e.getString("reason"))
                                    .isEqualTo("Called the help desk; identity checked");
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    @Tag("CFR-11.10g")
    void onlyAnAdministratorUnlocks(String role) {
        String name = Accounts.created("locked", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            expect(wrong(name).get("/api/users/me"), 401);
        }
        expect(Accounts.reason(People.as(role), "/api/users/" + name + "/unlock", "please"), 403);
        assertThat(Accounts.alertOf(name).getBoolean("locked")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON"})
    @Tag("CFR-11.10g")
    void theAlertsAreForAdministratorsAndQaManagersOnly(String role) {
        expect(People.as(role).get("/api/users/sign-in-alerts"), 403);
        expect(People.as("QA_MANAGER").get("/api/users/sign-in-alerts"), 200);
    }
}
