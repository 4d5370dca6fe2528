package it.org.implantdhr.audit;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A slow transaction holds up nobody else's audited writes. One administrator deactivates an
 * account with a reason that makes the test server hold that transaction open for 10 s after its
 * audit entry is written (org.implantdhr.audit.control.TestHold, switched on in the test server
 * only) — as a long import or recall would. Meanwhile another administrator creates accounts: each
 * succeeds while the slow transaction is still open, and the chain places every one of them before
 * the slow transaction's entry, which is chained only once it commits. When the chain's head was
 * locked from a writer's first audit entry until its commit, these writes waited for the slow one
 * (and timed out).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("CFR-11.10e")
class SlowTransactionIT {

    private static final int WRITES = 12;
    private static final ExecutorService SLOW = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stop() {
        SLOW.shutdownNow();
    }

    @Test
    void unrelatedAuditedWritesSucceedWhileASlowTransactionIsOpen() throws Exception {
        var slowAdmin = People.admin();
        var otherAdmin = People.named("it.admin.other", "ADMIN");
        String held = account(slowAdmin);

        Future<Api.Answer> slow =
                SLOW.submit(
                        () ->
                                slowAdmin.post(
                                        "/api/users/" + held + "/deactivation",
                                        "{\"reason\":\"test: hold the transaction 10 s\"}"));
        // the slow request is on its way and holds its transaction for 10 s after its audit entry;
        // the other administrator's writes must all get through meanwhile
        List<String> created = new ArrayList<>();
        int whileSlowWasOpen = 0;
        for (int i = 0; i < WRITES; i++) {
            created.add(account(otherAdmin));
            if (!slow.isDone()) {
                whileSlowWasOpen++;
            }
        }
        assertThat(whileSlowWasOpen)
                .as("audited writes that succeeded while the slow transaction was open")
                .isEqualTo(WRITES);

        expect(slow.get(60, TimeUnit.SECONDS), 200);
        var regulator = People.as("REGULATOR");
        long slowSeq = seqOf(regulator, held, "UPDATE");
        for (String name : created) {
            assertThat(seqOf(regulator, name, "CREATE"))
                    .as(
                            "%s, created while the slow transaction was open, is chained before it",
                            name)
                    .isLessThan(slowSeq);
        }
        var verification = regulator.get("/api/audit/verification").json();
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    }

    private static String account(Api admin) {
        String name = Unique.unique("held").toLowerCase();
        expect(
                admin.post(
                        "/api/users",
                        """
                        {"username":"%s","fullName":"Held Up","password":"long-enough-password","roles":["OPERATOR"]}"""
                                .formatted(name)),
                201);
        return name;
    }

    /** The place in the chain of the account's one entry of that action, once it is chained. */
    private static long seqOf(Api regulator, String account, String action) {
        for (int attempt = 0; ; attempt++) {
            var entries =
                    regulator
                            .get("/api/audit?recordType=UserAccount&label=" + account)
                            .array()
                            .stream()
                            .map(JsonObject.class::cast)
                            .filter(e -> e.getString("action").equals(action))
                            .toList();
            assertThat(entries).hasSize(1);
            if (!entries.get(0).isNull("seq")) {
                return entries.get(0).getJsonNumber("seq").longValue();
            }
            // chained right after its commit, or by the next tick of the chaining timer
            assertThat(attempt).as("chained soon after its commit").isLessThan(1000);
        }
    }
}
