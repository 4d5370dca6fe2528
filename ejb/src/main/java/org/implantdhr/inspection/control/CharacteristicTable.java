package org.implantdhr.inspection.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The characteristics of an inspection as bulk rows: one JDBC batch in the caller's transaction
 * (the connection is enlisted in it), read back with one ordered query. The inspection row must be
 * flushed first.
 */
@Dependent
public class CharacteristicTable {

    private static final String INSERT =
            "insert into inspection_characteristic (inspection_id, seq, name, kind, "
                    + "nominal_mm, lower_tolerance_mm, upper_tolerance_mm, measured_mm, status, critical) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT =
            "select seq, name, kind, nominal_mm, lower_tolerance_mm, upper_tolerance_mm, "
                    + "measured_mm, status, critical from inspection_characteristic where inspection_id = ? order by seq";

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    public void write(long inspectionId, InspectionResults results) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int seq = 0;
            for (MeasuredCharacteristic c : results.characteristics()) {
                bind(insert, inspectionId, ++seq, c);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The characteristics of inspection " + inspectionId + " were not stored", e);
        }
    }

    public List<InspectedCharacteristic> read(long inspectionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, inspectionId);
            var rows = new ArrayList<InspectedCharacteristic>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(
                            new InspectedCharacteristic(
                                    rs.getInt(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getDouble(4),
                                    nullable(rs, 5),
                                    nullable(rs, 6),
                                    rs.getDouble(7),
                                    rs.getString(8),
                                    rs.getBoolean(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The characteristics of inspection " + inspectionId + " could not be read", e);
        }
    }

    private static void bind(
            PreparedStatement insert, long inspectionId, int seq, MeasuredCharacteristic c)
            throws SQLException {
        insert.setLong(1, inspectionId);
        insert.setInt(2, seq);
        insert.setString(3, c.name());
        insert.setString(4, c.kind().name());
        insert.setDouble(5, c.nominalMm());
        if (c.tolerance().isPresent()) {
            insert.setDouble(6, c.tolerance().get().lowerMm());
            insert.setDouble(7, c.tolerance().get().upperMm());
        } else {
            insert.setNull(6, Types.DOUBLE);
            insert.setNull(7, Types.DOUBLE);
        }
        insert.setDouble(8, c.measuredMm());
        insert.setString(9, c.status().name());
        insert.setBoolean(10, c.critical());
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
