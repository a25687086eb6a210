package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.data.internal.SynthesisRun;
import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives every tenant table rows of tenant A and of tenant B, inside the probe's transaction: the tables are emptied,
 * filled with two synthesized rows each (by the row synthesis), and the tenant column set to A on the first and B on
 * the second. Foreign-key triggers are off ({@code session_replication_role = replica}) while emptying and
 * re-assigning, so parents and children need not agree; materialized views are refreshed afterwards.
 */
public final class Seeder {

    private Seeder() {
    }

    /** The rows each table got: table to {A rows, B rows}; tables that got none are left out. */
    public static Map<String, long[]> seed(Connection connection, SchemaSnapshot snapshot, TenantModel model)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
            for (String table : model.tenantTables().keySet()) {
                statement.execute("DELETE FROM " + Sql.qualified(table));
            }
            statement.execute("SET LOCAL session_replication_role = origin");
        }
        new SynthesisRun(connection, snapshot, 2).run(model.tenantTables().keySet());
        Map<String, long[]> seeded = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
            for (Map.Entry<String, String> entry : model.tenantTables().entrySet()) {
                String table = Sql.qualified(entry.getKey());
                String column = Sql.identifier(entry.getValue());
                String type = type(snapshot, entry.getKey(), entry.getValue());
                statement.execute("SAVEPOINT rls_seed");
                try {
                    statement.execute("UPDATE " + table + " t SET " + column + " = CASE WHEN s.n % 2 = 1 THEN "
                            + Sql.literal(model.tenantA()) + "::" + type + " ELSE " + Sql.literal(model.tenantB())
                            + "::" + type + " END FROM (SELECT tableoid, ctid, row_number() OVER () AS n FROM "
                            + table + ") s WHERE t.tableoid = s.tableoid AND t.ctid = s.ctid");
                    statement.execute("RELEASE SAVEPOINT rls_seed");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK TO SAVEPOINT rls_seed");
                    continue;
                }
                long a = count(connection, table, column, model.tenantA(), type);
                long b = count(connection, table, column, model.tenantB(), type);
                if (a > 0 && b > 0) {
                    seeded.put(entry.getKey(), new long[] {a, b});
                }
            }
            statement.execute("SET LOCAL session_replication_role = origin");
            for (ViewSnapshot view : snapshot.views()) {
                if (view.materialized()) {
                    statement.execute("SAVEPOINT rls_refresh");
                    try {
                        statement.execute("REFRESH MATERIALIZED VIEW " + Sql.qualified(view.path()));
                        statement.execute("RELEASE SAVEPOINT rls_refresh");
                    } catch (SQLException e) {
                        statement.execute("ROLLBACK TO SAVEPOINT rls_refresh");
                    }
                }
            }
        }
        return seeded;
    }

    /** The column's type, as {@code format_type} writes it. */
    public static String type(SchemaSnapshot snapshot, String table, String column) {
        return snapshot.columns().stream()
                .filter(c -> (c.schema() + "." + c.table()).equals(table) && c.name().equals(column))
                .map(ColumnSnapshot::type).findFirst().orElse("text");
    }

    private static long count(Connection connection, String table, String column, String tenant, String type)
            throws SQLException {
        return Long.parseLong(Sql.column(connection, "SELECT count(*) FROM " + table + " WHERE " + column + " = "
                + Sql.literal(tenant) + "::" + type).get(0));
    }
}
