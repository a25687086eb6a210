package io.github.migrationtest.core.migration.internal;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs a step's up again under a tool that refuses to apply a recorded version: its history row is set aside, the
 * tool applies the step (and records it again), and the row is put back if the rerun failed before recording.
 */
public final class HistoryRows {

    private HistoryRows() {
    }

    /**
     * @param database the database
     * @param table the history table, qualified if needed
     * @param latestRow a query for the step's row, with one {@code ?} for the version, selecting {@code ctid}
     *     first and every column after it
     * @param version the step's version
     * @param up applies the step with the tool
     * @param recorded whether the history lists the step again
     */
    public static void rerun(TestDatabase database, String table, String latestRow, String version, Runnable up,
            BooleanSupplier recorded) {
        Row row = setAside(database, table, latestRow, version);
        try {
            up.run();
        } catch (RuntimeException e) {
            if (!recorded.getAsBoolean()) {
                putBack(database, table, row, e);
            }
            throw e;
        }
    }

    private record Row(List<String> columns, List<Object> values) {
    }

    private static Row setAside(TestDatabase database, String table, String latestRow, String version) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(latestRow)) {
            select.setString(1, version);
            Row row;
            Object ctid;
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " has no row for version " + version);
                }
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                    values.add(rs.getObject(i));
                }
                ctid = rs.getObject(1);
                row = new Row(columns, values);
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE ctid = ?::tid")) {
                delete.setString(1, ctid.toString());
                delete.executeUpdate();
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set aside the " + table + " row of version " + version + ": "
                    + e.getMessage(), e);
        }
    }

    private static void putBack(TestDatabase database, String table, Row row, RuntimeException failure) {
        String columns = String.join(", ", row.columns().stream().map(c -> '"' + c + '"').toList());
        String marks = String.join(", ", row.columns().stream().map(c -> "?").toList());
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns
                        + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < row.values().size(); i++) {
                insert.setObject(i + 1, row.values().get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
