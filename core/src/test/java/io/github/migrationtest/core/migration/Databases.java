package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads what tests check, straight from the catalog. */
final class Databases {

    private Databases() {
    }

    static List<String> query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static List<String> tables(TestDatabase database) throws SQLException {
        return query(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name NOT LIKE '%schema_history' ORDER BY 1");
    }

    static List<String> columns(TestDatabase database, String table) throws SQLException {
        return query(database, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    static List<String> indexes(TestDatabase database) throws SQLException {
        return query(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
