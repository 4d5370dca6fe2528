package it.org.implantdhr.audit;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tampering with the audit trail in the database itself, over JDBC as someone with access to the
 * database would (PostgreSQL: the test database; H2: the server's file database, which the test
 * server opens in H2's AUTO_SERVER mode so that a second process may connect): a value changed, an
 * entry deleted, one inserted, two swapped — and the verification names the entry each time.
 *
 * <p>Only entries of this test's own are touched: four accounts it creates, whose entries lie next
 * to each other in the chain (tests run one at a time; if another writer came between, it makes
 * four more). Each test restores what it changed before it ends, and verifies the stretch from its
 * entries on, so that the chain other tests verify is whole again when they run.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("CFR-11.10c")
@Tag("CFR-11.10e")
class AuditTamperingIT {

    private static final String COLUMNS =
            "id, seq, occurred_at, actor, action, record_type, record_id, record_label,"
                    + " field_name, old_value, new_value, reason, previous_hash, entry_hash";

    private long[] seq;

    @BeforeEach
    void fourEntriesOfOurOwnNextToEachOther() {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                made.add(createdAccountEntry());
            }
            if (made.get(3) - made.get(0) == 3) {
                seq = made.stream().mapToLong(Long::longValue).toArray();
                assertThat(verify()).containsEntry("intact", "true");
                return;
            }
        }
        throw new AssertionError("no four entries of this test's next to each other in the chain");
    }

    @Test
    void aChangedValueIsNamed() throws Exception {
        String original = column(seq[1], "new_value");
        try (var db = database()) {
            update(db, "UPDATE audit_entry SET new_value = ? WHERE seq = ?", "{}", seq[1]);
            try {
                assertBroken(verify(), seq[1], "was changed");
                // the whole chain says the same
                var whole = People.as("REGULATOR").get("/api/audit/verification").json();
                assertThat(whole.getBoolean("intact")).isFalse();
                assertThat(whole.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq[1]);
            } finally {
                update(db, "UPDATE audit_entry SET new_value = ? WHERE seq = ?", original, seq[1]);
            }
        }
        assertThat(verify()).containsEntry("intact", "true");
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        try (var db = database()) {
            Map<String, Object> row = row(db, seq[1]);
            update(db, "DELETE FROM audit_entry WHERE seq = ?", seq[1]);
            try {
                assertBroken(verify(), seq[1], "missing: deleted");
            } finally {
                insert(db, row);
            }
        }
        assertThat(verify()).containsEntry("intact", "true");
    }

    @Test
    void anInsertedEntryIsNamed() throws Exception {
        try (var db = database()) {
            Map<String, Object> forged = row(db, seq[1]);
            long forgedId = -System.nanoTime();
            forged.put("id", forgedId);
            forged.put("new_value", "{\"forged\":true}");
            shift(db, seq[1], +1);
            try {
                insert(db, forged);
                try {
                    assertBroken(verify(), seq[1], "was inserted");
                } finally {
                    update(db, "DELETE FROM audit_entry WHERE id = ?", forgedId);
                }
            } finally {
                shift(db, seq[1] + 1, -1);
            }
        }
        assertThat(verify()).containsEntry("intact", "true");
    }

    @Test
    void twoSwappedEntriesAreNamed() throws Exception {
        try (var db = database()) {
            swap(db, seq[1], seq[2]);
            try {
                assertBroken(verify(), seq[1], "swapped");
            } finally {
                swap(db, seq[1], seq[2]);
            }
        }
        assertThat(verify()).containsEntry("intact", "true");
    }

    @Test
    void aCheckpointNamesAnEntryChangedBeforeIt() throws Exception {
        var checkpoint =
                expect(People.as("QA_MANAGER").post("/api/audit/checkpoints", ""), 201).json();
        String original = column(seq[1], "new_value");
        try (var db = database()) {
            update(db, "UPDATE audit_entry SET new_value = ? WHERE seq = ?", "{}", seq[1]);
            try {
                var check = checkCheckpoint(checkpoint.toString());
                assertThat(check.getBoolean("signatureValid")).as(check.toString()).isTrue();
                assertThat(check.getBoolean("intact")).isFalse();
                assertThat(check.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq[1]);
                assertThat(check.getString("problem")).contains("was changed");
            } finally {
                update(db, "UPDATE audit_entry SET new_value = ? WHERE seq = ?", original, seq[1]);
            }
        }
        assertThat(checkCheckpoint(checkpoint.toString()).getBoolean("intact")).isTrue();
    }

    @Test
    void anAlteredCheckpointIsNamed() throws Exception {
        var signed = expect(People.as("QA_MANAGER").post("/api/audit/checkpoints", ""), 201);
        String location = "/api/audit/checkpoints/";
        long id =
                expect(People.as("REGULATOR").get(location + "?limit=50"), 200)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                c ->
                                        signed.json()
                                                .getString("statement")
                                                .contains(c.getString("entryHash")))
                        .mapToLong(c -> c.getJsonNumber("id").longValue())
                        .max()
                        .orElseThrow();
        try (var db = database()) {
            String statement;
            try (var query =
                    db.prepareStatement("SELECT statement FROM audit_checkpoint WHERE id = ?")) {
                query.setLong(1, id);
                try (var rs = query.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    statement = rs.getString(1);
                }
            }
            // the checkpoint claims an earlier entry than it signed
            update(
                    db,
                    "UPDATE audit_checkpoint SET statement = ? WHERE id = ?",
                    statement.replaceFirst("\"seq\":(\\d+)", "\"seq\":" + seq[0]),
                    id);
            try {
                var downloaded = expect(People.as("REGULATOR").get(location + id), 200).text();
                var check = checkCheckpoint(downloaded);
                assertThat(check.getBoolean("signatureValid")).isFalse();
                assertThat(check.getBoolean("intact")).isFalse();
                assertThat(check.getString("problem")).contains("altered after signing");
            } finally {
                update(db, "UPDATE audit_checkpoint SET statement = ? WHERE id = ?", statement, id);
            }
        }
        var restored = expect(People.as("REGULATOR").get(location + id), 200).text();
        assertThat(checkCheckpoint(restored).getBoolean("signatureValid")).isTrue();
    }

    private static JsonObject checkCheckpoint(String file) {
        return expect(People.as("REGULATOR").post("/api/audit/checkpoints/verification", file), 200)
                .json();
    }

    private long createdAccountEntry() {
        String name = Unique.unique("tamper").toLowerCase();
        expect(
                People.admin()
                        .post(
                                "/api/users",
                                """
                                {"username":"%s","fullName":"Tamper Target","password":"long-enough-password","roles":["OPERATOR"]}"""
                                        .formatted(name)),
                201);
        for (int attempt = 0; attempt < 1000; attempt++) {
            var entries =
                    People.as("REGULATOR")
                            .get("/api/audit?recordType=UserAccount&label=" + name)
                            .array()
                            .getValuesAs(JsonObject.class);
            assertThat(entries).hasSize(1);
            if (!entries.get(0).isNull("seq")) {
                return entries.get(0).getJsonNumber("seq").longValue();
            }
        }
        throw new AssertionError("the entry of " + name + " was never chained");
    }

    /** The stretch from this test's first entry on, as strings for the assertions. */
    private Map<String, String> verify() {
        var answer =
                expect(People.as("REGULATOR").get("/api/audit/verification?from=" + seq[0]), 200)
                        .json();
        var result = new LinkedHashMap<String, String>();
        answer.forEach((k, v) -> result.put(k, v.toString().replace("\"", "")));
        return result;
    }

    private static void assertBroken(Map<String, String> verification, long at, String what) {
        assertThat(verification).containsEntry("intact", "false");
        assertThat(verification).containsEntry("firstBrokenSeq", Long.toString(at));
        assertThat(verification.get("problem")).as(verification.toString()).contains(what);
    }

    static Connection database() throws SQLException {
        if ("postgresql".equals(System.getProperty("db.kind"))) {
            return DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        }
        String file =
                System.getProperty("wlp.home")
                        + "/usr/servers/"
                        + System.getProperty("it.server.name")
                        + "/data/implantdhr";
        return DriverManager.getConnection(
                "jdbc:h2:file:"
                        + file
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        + ";AUTO_SERVER=TRUE",
                "sa",
                "");
    }

    private static String column(long seq, String column) throws SQLException {
        try (var db = database();
                var query =
                        db.prepareStatement(
                                "SELECT " + column + " FROM audit_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (var rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static Map<String, Object> row(Connection db, long seq) throws SQLException {
        try (var query =
                db.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (var rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                var row = new LinkedHashMap<String, Object>();
                for (String column : COLUMNS.split(",\\s*")) {
                    row.put(column, rs.getObject(column));
                }
                return row;
            }
        }
    }

    private static void insert(Connection db, Map<String, Object> row) throws SQLException {
        update(
                db,
                "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (" + "?, ".repeat(13) + "?)",
                row.values().toArray());
    }

    /** Moves every entry from place {@code from} on by {@code by}, through negative places. */
    private static void shift(Connection db, long from, int by) throws SQLException {
        update(db, "UPDATE audit_entry SET seq = -(seq + ?) WHERE seq >= ?", by, from);
        update(db, "UPDATE audit_entry SET seq = -seq WHERE seq < 0");
    }

    private static void swap(Connection db, long a, long b) throws SQLException {
        update(db, "UPDATE audit_entry SET seq = ? WHERE seq = ?", -a, a);
        update(db, "UPDATE audit_entry SET seq = ? WHERE seq = ?", a, b);
        update(db, "UPDATE audit_entry SET seq = ? WHERE seq = ?", b, -a);
    }

    private static void update(Connection db, String sql, Object... parameters)
            throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
