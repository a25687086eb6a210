package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.rls.TenantModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One superuser connection in one transaction that is rolled back at the end; each check runs under a savepoint,
 * as the application role ({@code SET LOCAL ROLE}) with or without a tenant context, and is rolled back to it.
 */
public final class ProbeSession implements AutoCloseable {

    private final Connection connection;
    private final TenantModel model;
    private int savepoints;

    public ProbeSession(Connection connection, TenantModel model) throws SQLException {
        this.connection = connection;
        this.model = model;
        connection.setAutoCommit(false);
    }

    /** The connection, as the superuser, inside the probe's transaction. */
    public Connection connection() {
        return connection;
    }

    /** What one check returned: a number (a count, rows affected), a text, or the error. */
    public record Outcome(long count, String text, SQLException error) {

        /** Whether the statement failed. */
        public boolean failed() {
            return error != null;
        }

        /** The SQLSTATE of the failure, or empty. */
        public String state() {
            return error == null ? "" : String.valueOf(error.getSQLState());
        }
    }

    /** Work done as the superuser before the check switches role. */
    @FunctionalInterface
    public interface Setup {
        /** Prepares the check and returns the text parameter it needs, or null. */
        String prepare(Connection connection) throws SQLException;
    }

    /**
     * Runs one statement as the application role, with the tenant's context or none (null), under a savepoint
     * rolled back afterwards. A query gives its first column (a count, or text); an update its row count.
     */
    public Outcome asApp(String tenant, String sql) throws SQLException {
        return asApp(tenant, c -> null, sql);
    }

    /** Like {@link #asApp(String, String)}, after a superuser setup whose result is the statement's parameter. */
    public Outcome asApp(String tenant, Setup setup, String sql) throws SQLException {
        String savepoint = "rls_probe_" + (++savepoints);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT " + savepoint);
        }
        try {
            String parameter = setup.prepare(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL ROLE " + Sql.identifier(model.appRole()));
                if (tenant != null) {
                    statement.execute(model.contextFor(tenant));
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                if (!statement.execute()) {
                    return new Outcome(statement.getUpdateCount(), null, null);
                }
                try (ResultSet result = statement.getResultSet()) {
                    String text = result.next() ? result.getString(1) : null;
                    long count = text == null ? 0 : parseOrZero(text);
                    return new Outcome(count, text, null);
                }
            }
        } catch (SQLException e) {
            return new Outcome(0, null, e);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK TO SAVEPOINT " + savepoint);
            }
        }
    }

    /** Defines the context in a transaction (here a savepoint) that then ends, as a pooled session would have. */
    public void setContextThenEnd(String tenant) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT rls_probe_context");
            statement.execute(model.contextFor(tenant));
            statement.execute("ROLLBACK TO SAVEPOINT rls_probe_context");
        }
    }

    private static long parseOrZero(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rolls everything back: the probe leaves nothing behind. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
