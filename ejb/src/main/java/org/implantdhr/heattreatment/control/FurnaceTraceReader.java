package org.implantdhr.heattreatment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a stored furnace chart back in bulk: the thermocouples, then every sample in one ordered
 * query.
 */
@Dependent
public class FurnaceTraceReader {

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    /**
     * @param atmosphereKind what the run's chart recorded in its atmosphere column, or null
     */
    public FurnaceTrace read(long runId, AtmosphereKind atmosphereKind) {
        try (Connection connection = dataSource.getConnection()) {
            var names = new ArrayList<String>();
            var roles = new ArrayList<ThermocoupleRole>();
            readThermocouples(connection, runId, names, roles);
            return readSamples(connection, runId, names, roles, atmosphereKind);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The samples of heat-treatment run " + runId + " could not be read", e);
        }
    }

    private static void readThermocouples(
            Connection connection, long runId, List<String> names, List<ThermocoupleRole> roles)
            throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT name, thermocouple_role FROM furnace_thermocouple WHERE run_id = ? ORDER BY position")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    roles.add(ThermocoupleRole.valueOf(rows.getString(2)));
                }
            }
        }
    }

    private static FurnaceTrace readSamples(
            Connection connection,
            long runId,
            List<String> names,
            List<ThermocoupleRole> roles,
            AtmosphereKind atmosphereKind)
            throws SQLException {
        int thermocouples = names.size();
        int capacity = 1024;
        long[] millis = new long[capacity];
        double[][] temperatures = new double[thermocouples][capacity];
        double[] atmosphere = new double[capacity];
        int count = 0;
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT sampled_at, temperatures_c, atmosphere_value FROM furnace_sample WHERE run_id = ? ORDER BY seq")) {
            query.setLong(1, runId);
            query.setFetchSize(5000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (count == capacity) {
                        capacity *= 2;
                        millis = Arrays.copyOf(millis, capacity);
                        atmosphere = Arrays.copyOf(atmosphere, capacity);
                        for (int tc = 0; tc < thermocouples; tc++) {
                            temperatures[tc] = Arrays.copyOf(temperatures[tc], capacity);
                        }
                    }
                    millis[count] =
                            rows.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli();
                    Array array = rows.getArray(2);
                    Object[] values = (Object[]) array.getArray();
                    for (int tc = 0; tc < thermocouples; tc++) {
                        temperatures[tc][count] = ((Number) values[tc]).doubleValue();
                    }
                    array.free();
                    atmosphere[count] = rows.getDouble(3);
                    count++;
                }
            }
        }
        for (int tc = 0; tc < thermocouples; tc++) {
            temperatures[tc] = Arrays.copyOf(temperatures[tc], count);
        }
        return new FurnaceTrace(
                List.copyOf(names),
                List.copyOf(roles),
                Arrays.copyOf(millis, count),
                temperatures,
                atmosphereKind,
                atmosphereKind == null ? null : Arrays.copyOf(atmosphere, count));
    }
}
