package io.github.migrationtest.core.migration.liquibase;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads what Liquibase and the changesets left in a test database. */
final class LiquibaseTestDatabase {

    // Liquibase logs every changeset at INFO through java.util.logging; the tests only need its warnings.
    // A strong reference, or the level is lost when the logger is collected.
    static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /** Keeps Liquibase's INFO lines out of the test output. */
    static void quietLiquibase() {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private LiquibaseTestDatabase() {
    }

    /** The ids in databasechangelog, in the order Liquibase executed them; empty if there is no such table. */
    static List<String> history(TestDatabase database) throws SQLException {
        if (strings(database, "SELECT to_regclass('databasechangelog')::text").get(0) == null) {
            return List.of();
        }
        return strings(database, "SELECT id FROM databasechangelog ORDER BY orderexecuted");
    }

    /** The columns of a table in the public schema, in order; empty if the table does not exist. */
    static List<String> columns(TestDatabase database, String table) throws SQLException {
        return strings(database, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /** The tables of the public schema, sorted, without Liquibase's own. */
    static List<String> tables(TestDatabase database) throws SQLException {
        return strings(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name NOT LIKE 'databasechangelog%' ORDER BY 1");
    }

    /** The indexes of the public schema, sorted. */
    static List<String> indexes(TestDatabase database) throws SQLException {
        return strings(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                + "AND tablename NOT LIKE 'databasechangelog%' ORDER BY 1");
    }

    static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
