package org.implantdhr.build.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Writes and reads every row of a build log in table build_layer with plain JDBC, in the caller's
 * transaction (the build row must already be flushed): thousands of layers as JPA entities would be
 * slow and pointless, since a row is never changed on its own. Read back with one ordered query
 * into primitive columns.
 */
@Dependent
public class BuildLayerRows {

    private static final int BATCH = 1000;

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    public void write(long buildId, BuildLog log) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO build_layer "
                                        + "(build_id, seq, layer_number, recorded_at, o2_ppm, layer_thickness_um) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int row = 0; row < log.rowCount(); row++) {
                insert.setLong(1, buildId);
                insert.setInt(2, row);
                insert.setInt(3, log.layer(row));
                insert.setObject(
                        4,
                        OffsetDateTime.ofInstant(
                                Instant.ofEpochMilli(log.epochMilli(row)), ZoneOffset.UTC));
                insert.setDouble(5, log.o2Ppm(row));
                insert.setDouble(6, log.layerThicknessUm(row));
                insert.addBatch();
                if ((row + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The layers of build " + buildId + " could not be stored", e);
        }
    }

    /** Removes the layers of a superseded log; the superseded file itself stays as evidence. */
    public void erase(long buildId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM build_layer WHERE build_id = ?")) {
            delete.setLong(1, buildId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The layers of build " + buildId + " could not be removed", e);
        }
    }

    public LayerSeries read(long buildId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "SELECT layer_number, recorded_at, o2_ppm, "
                                        + "layer_thickness_um FROM build_layer WHERE build_id = ? ORDER BY seq")) {
            select.setLong(1, buildId);
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                return collect(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The layers of build " + buildId + " could not be read", e);
        }
    }

    private static LayerSeries collect(ResultSet rows) throws SQLException {
        int capacity = 1024;
        int[] layers = new int[capacity];
        long[] millis = new long[capacity];
        double[] o2 = new double[capacity];
        double[] thickness = new double[capacity];
        int count = 0;
        while (rows.next()) {
            if (count == capacity) {
                capacity *= 2;
                layers = Arrays.copyOf(layers, capacity);
                millis = Arrays.copyOf(millis, capacity);
                o2 = Arrays.copyOf(o2, capacity);
                thickness = Arrays.copyOf(thickness, capacity);
            }
            layers[count] = rows.getInt(1);
            millis[count] = rows.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli();
            o2[count] = rows.getDouble(3);
            thickness[count] = rows.getDouble(4);
            count++;
        }
        return new LayerSeries(
                Arrays.copyOf(layers, count),
                Arrays.copyOf(millis, count),
                Arrays.copyOf(o2, count),
                Arrays.copyOf(thickness, count));
    }
}
