package io.github.migrationtest.core.migration.internal;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepFailure;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the scripts of steps: consecutive transactional statements in one transaction, statements PostgreSQL refuses
 * in a transaction on their own (as Flyway does), with a lock timeout and a watch on who blocks a waiting statement.
 *
 * <p>Ups share one connection, as a migration tool's migrate does; every down gets a fresh connection (and the next
 * up another), so session state left by an up (temp tables, {@code SET}) cannot make a broken down pass.
 */
public final class SqlScriptRunner implements AutoCloseable {

    /** Work done on the script's connection inside its last transaction, such as recording the step. */
    @FunctionalInterface
    public interface Bookkeeping {
        void record(Connection connection) throws SQLException;
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "migrationtest-lock-watch");
        thread.setDaemon(true);
        return thread;
    });
    private static final long WATCH_MILLIS = 200;

    private final TestDatabase database;
    private final MigrationSettings settings;
    private Connection upConnection;
    private int upBackend;

    public SqlScriptRunner(TestDatabase database, MigrationSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    /**
     * Runs a script.
     *
     * @param step the step the script belongs to
     * @param direction {@code up} or {@code down}
     * @param location the script's file, for messages
     * @param script the script's text
     * @param bookkeeping run in the script's last transaction (or after its last statement)
     * @param versionAfterFailure the database's version, asked only after a failure
     * @throws MigrationException with the failing statement's line, SQLState and server message
     */
    public synchronized void run(MigrationStep step, String direction, String location, String script,
            Bookkeeping bookkeeping, Supplier<Optional<String>> versionAfterFailure) {
        boolean up = direction.equals("up");
        if (!up) {
            closeUpConnection();
        }
        List<SqlStatement> statements = SqlScript.parse(script);
        List<SqlStatement> committed = new ArrayList<>();
        List<SqlStatement> pending = new ArrayList<>();
        SqlStatement current = null;
        AtomicReference<String> blockers = new AtomicReference<>();
        Connection connection = null;
        boolean failed = true;
        try {
            connection = up ? upConnection() : database.connect();
            int backend = up ? upBackend : prepare(connection);
            if (!up) {
                connection = settings.decorate(connection);
            }
            for (SqlStatement statement : statements) {
                current = statement;
                if (statement.transactional() == connection.getAutoCommit()) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                        committed.addAll(pending);
                        pending.clear();
                    }
                    connection.setAutoCommit(!statement.transactional());
                }
                execute(connection, backend, statement.sql(), blockers);
                (connection.getAutoCommit() ? committed : pending).add(statement);
            }
            current = null;
            bookkeeping.record(connection);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(true);
            failed = false;
        } catch (SQLException e) {
            // a failed transaction is rolled back by closing its connection
            closeQuietly(connection);
            if (up) {
                upConnection = null;
            }
            throw MigrationException.failed(failure(step, direction, location, current, e, committed,
                    versionAfterFailure, blockers.get()), e);
        } finally {
            if (!up && !failed) {
                closeQuietly(connection);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeUpConnection();
    }

    private Connection upConnection() throws SQLException {
        if (upConnection == null) {
            Connection connection = database.connect();
            upBackend = prepare(connection);
            upConnection = settings.decorate(connection);
        }
        return upConnection;
    }

    private void closeUpConnection() {
        closeQuietly(upConnection);
        upConnection = null;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do with it
            }
        }
    }

    private int prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + settings.lockTimeout().toMillis() + "ms'");
            try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void execute(Connection connection, int backend, String sql, AtomicReference<String> blockers)
            throws SQLException {
        ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(() -> watchBlockers(backend, blockers), WATCH_MILLIS,
                WATCH_MILLIS, TimeUnit.MILLISECONDS);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } finally {
            watch.cancel(false);
        }
    }

    // The lock a statement waits for is released when it gives up, so who held it is recorded while it waits.
    private void watchBlockers(int backend, AtomicReference<String> blockers) {
        try (Connection watcher = database.connect();
                PreparedStatement query = watcher.prepareStatement("SELECT pid, state, left(query, 300) "
                        + "FROM pg_stat_activity WHERE pid = ANY (pg_blocking_pids(?))")) {
            query.setInt(1, backend);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add("pid " + rs.getInt(1) + " (" + rs.getString(2) + "): " + rs.getString(3));
                }
            }
            if (!found.isEmpty()) {
                blockers.set(String.join("; ", found));
            }
        } catch (SQLException | RuntimeException ignored) {
            // diagnostics only: the statement's own outcome is what counts
        }
    }

    private StepFailure failure(MigrationStep step, String direction, String location, SqlStatement statement,
            SQLException e, List<SqlStatement> committed, Supplier<Optional<String>> version, String blockers) {
        Optional<ServerErrorMessage> server = e instanceof PSQLException psql
                ? Optional.ofNullable(psql.getServerErrorMessage()) : Optional.empty();
        String message = server.map(s -> s.getSeverity() + ": " + s.getMessage()
                + (s.getDetail() == null ? "" : "\n            DETAIL: " + s.getDetail())
                + (s.getHint() == null ? "" : "\n            HINT: " + s.getHint()))
                .orElse(e.getMessage());
        Optional<Integer> position = server.map(ServerErrorMessage::getPosition).filter(p -> p > 0);
        Optional<Integer> line = Optional.ofNullable(statement)
                .map(s -> position.map(s::lineAt).orElse(s.line()));
        return new StepFailure(step, direction, location, line, Optional.ofNullable(statement).map(SqlStatement::sql),
                Optional.ofNullable(e.getSQLState()), message, position, version.get(), leftBehind(committed),
                Optional.ofNullable(blockers).filter(b -> "55P03".equals(e.getSQLState())));
    }

    private Optional<String> leftBehind(List<SqlStatement> committed) {
        List<String> parts = new ArrayList<>();
        if (!committed.isEmpty()) {
            parts.add("committed before the failure: lines " + committed.stream().map(s -> Integer.toString(s.line()))
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        List<String> invalid = invalidIndexes();
        if (!invalid.isEmpty()) {
            parts.add("INVALID indexes (drop them before retrying): " + String.join(", ", invalid));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private List<String> invalidIndexes() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT indexrelid::regclass::text FROM pg_index "
                        + "WHERE NOT indisvalid ORDER BY 1")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            return List.of();
        }
    }
}
