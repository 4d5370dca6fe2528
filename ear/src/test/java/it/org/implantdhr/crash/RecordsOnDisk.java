package it.org.implantdhr.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database as a crashed server left it, opened directly with JDBC while the server is down:
 * does it open, can every table be read, and do the records hold together - never a RELEASED
 * implant without its stored certificate and release signature, never a furnace chart stored in
 * part.
 */
final class RecordsOnDisk {

    /** What was read: tables and rows, released implants and charts checked. */
    record Reading(int tables, long rows, int released, int charts) {}

    private final String url;
    private final String user;

    RecordsOnDisk(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /**
     * Reads every row count and checks the records; a problem throws with the database's words.
     *
     * @param chartSamples the number of samples of the chart the crash test imports
     * @param importedRuns the runs the crash test imported that chart into (or tried to)
     */
    Reading check(int chartSamples, List<String> importedRuns) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r =
                    c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            if (tables.size() < 20) {
                throw new IllegalStateException("only " + tables.size() + " tables: " + tables);
            }
            long rows = 0;
            for (String table : tables) {
                // a full count reads every page of the table's primary index
                rows += single(s, "SELECT count(*) FROM \"" + table + "\"");
            }
            long releasedWithoutCertificate =
                    single(
                            s,
                            """
                    SELECT count(*) FROM implant i WHERE i.status = 'RELEASED' AND NOT EXISTS (
                      SELECT 1 FROM release_certificate rc
                        JOIN release_decision d ON d.id = rc.decision_id
                        JOIN electronic_signature es ON es.id = d.signature_id
                      WHERE rc.implant_id = i.id AND d.decision = 'RELEASED'
                        AND length(rc.pdf) > 1000 AND rc.sha256 IS NOT NULL)""");
            if (releasedWithoutCertificate > 0) {
                throw new IllegalStateException(
                        releasedWithoutCertificate
                                + " RELEASED implant(s) without a stored certificate and signature");
            }
            long certificateWithoutRelease =
                    single(
                            s,
                            """
                    SELECT count(*) FROM release_certificate rc JOIN implant i ON i.id = rc.implant_id
                    WHERE i.status NOT IN ('RELEASED', 'RECALLED') AND rc.status = 'ISSUED'""");
            if (certificateWithoutRelease > 0) {
                throw new IllegalStateException(
                        certificateWithoutRelease
                                + " valid certificate(s) of an implant not released");
            }
            long unsampled =
                    single(
                            s,
                            """
                    SELECT count(*) FROM heat_treatment_run r WHERE
                      (r.chart_file_id IS NULL
                        AND EXISTS (SELECT 1 FROM furnace_sample f WHERE f.run_id = r.id))
                      OR (r.chart_file_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM furnace_sample f WHERE f.run_id = r.id))""");
            if (unsampled > 0) {
                throw new IllegalStateException(
                        unsampled
                                + " run(s) with a chart file but no samples, or samples but no chart file");
            }
            try (var samples =
                    c.prepareStatement(
                            "SELECT count(*) FROM furnace_sample f JOIN heat_treatment_run r"
                                    + " ON r.id = f.run_id WHERE r.run_number = ?")) {
                for (String run : importedRuns) {
                    samples.setString(1, run);
                    try (ResultSet r = samples.executeQuery()) {
                        r.next();
                        long n = r.getLong(1);
                        if (n != 0 && n != chartSamples) {
                            throw new IllegalStateException(
                                    "the chart of run "
                                            + run
                                            + " is stored in part: "
                                            + n
                                            + " of "
                                            + chartSamples
                                            + " samples");
                        }
                    }
                }
            }
            int released =
                    (int) single(s, "SELECT count(*) FROM implant WHERE status = 'RELEASED'");
            int charts =
                    (int)
                            single(
                                    s,
                                    "SELECT count(*) FROM heat_treatment_run WHERE chart_file_id IS NOT NULL");
            return new Reading(tables.size(), rows, released, charts);
        }
    }

    /** The status of one implant, or null when it does not exist. */
    String implantStatus(String serial) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                var s = c.prepareStatement("SELECT status FROM implant WHERE serial_number = ?")) {
            s.setString(1, serial);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The samples stored for one heat-treatment run. */
    long samples(String runNumber) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                var s =
                        c.prepareStatement(
                                "SELECT count(*) FROM furnace_sample f JOIN heat_treatment_run r"
                                        + " ON r.id = f.run_id WHERE r.run_number = ?")) {
            s.setString(1, runNumber);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
