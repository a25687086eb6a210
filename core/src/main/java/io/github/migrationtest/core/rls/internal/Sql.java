package io.github.migrationtest.core.rls.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small catalog queries: each row as its columns' text. */
public final class Sql {

    private Sql() {
    }

    /** The rows of a query with text parameters, each row's columns as text. */
    public static List<List<String>> rows(Connection connection, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of every row. */
    public static List<String> column(Connection connection, String sql, String... parameters) throws SQLException {
        return rows(connection, sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** A string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** An identifier, quoted. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A {@code schema.name} path as a quoted, qualified name. */
    public static String qualified(String path) {
        int dot = path.indexOf('.');
        return identifier(path.substring(0, dot)) + "." + identifier(path.substring(dot + 1));
    }
}
