package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.migration.internal.HistoryRows;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ResourceAccessor;

/**
 * Applies and rolls back one changeset at a time with Liquibase's {@code updateCount} and {@code rollbackCount}
 * commands, each on a fresh connection, so that {@value #HISTORY} stays Liquibase's own.
 */
final class LiquibaseRunner implements StepRunner {

    static final String HISTORY = "databasechangelog";

    private final ChangelogLocation location;
    private final String contexts;
    private final String labels;
    private final TestDatabase database;
    private final MigrationSettings settings;

    LiquibaseRunner(ChangelogLocation location, String contexts, String labels, TestDatabase database,
            MigrationSettings settings) {
        this.location = location;
        this.contexts = contexts.isEmpty() ? null : contexts;
        this.labels = labels.isEmpty() ? null : labels;
        this.database = database;
        this.settings = settings;
    }

    @Override
    public List<String> applied() {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (!historyExists(statement)) {
                return ids;
            }
            try (ResultSet rs = statement.executeQuery("SELECT id FROM " + HISTORY
                    + " ORDER BY orderexecuted, dateexecuted")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + HISTORY + " of " + database.name() + ": "
                    + e.getMessage(), e);
        }
        return ids;
    }

    /** Liquibase's {@code md5sum}, in the format of {@link MigrationStep#checksum()} ({@code 9:<hex>}). */
    @Override
    public Optional<String> appliedChecksum(String version) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (!historyExists(statement)) {
                return Optional.empty();
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT md5sum FROM " + HISTORY
                    + " WHERE id = ? ORDER BY orderexecuted DESC LIMIT 1")) {
                query.setString(1, version);
                try (ResultSet rs = query.executeQuery()) {
                    // a cleared checksum (NULL) is recomputed by Liquibase on its next run: nothing to compare
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + HISTORY + " of " + database.name() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void up(MigrationStep step) {
        run(step, "up", () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, 1)
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, location.path())
                .addArgumentValue(UpdateCountCommandStep.CONTEXTS_ARG, contexts)
                .addArgumentValue(UpdateCountCommandStep.LABEL_FILTER_ARG, labels)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF));
        List<String> applied = applied();
        if (applied.isEmpty() || !applied.get(applied.size() - 1).equals(step.version())) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "Liquibase did not apply "
                    + step.label() + " (" + step.location() + ") as the next changeset: " + HISTORY + " of "
                    + database.name() + " now lists " + applied + ". Check that nothing else changes the database.");
        }
    }

    /** All the steps in one {@code updateCount}: Liquibase parses the changelog and takes its lock once, not per step. */
    @Override
    public void upAll(List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        int before = applied().size();
        // on a failure, the failing changeset is the first of these that did not get applied
        run(() -> steps.get(Math.min(steps.size() - 1, Math.max(0, applied().size() - before))), "up",
                () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                        .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, steps.size())
                        .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, location.path())
                        .addArgumentValue(UpdateCountCommandStep.CONTEXTS_ARG, contexts)
                        .addArgumentValue(UpdateCountCommandStep.LABEL_FILTER_ARG, labels)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF));
        List<String> applied = applied();
        MigrationStep last = steps.get(steps.size() - 1);
        if (applied.isEmpty() || !applied.get(applied.size() - 1).equals(last.version())) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "Liquibase did not apply "
                    + steps.size() + " changesets up to " + last.label() + " (" + last.location() + "): "
                    + HISTORY + " of " + database.name() + " now lists " + applied + ". Check that nothing else "
                    + "changes the database.");
        }
    }

    @Override
    public void rerun(MigrationStep step) {
        HistoryRows.rerun(database, HISTORY, "SELECT ctid, * FROM " + HISTORY + " WHERE id = ? "
                + "ORDER BY orderexecuted DESC LIMIT 1", step.version(), () -> up(step),
                () -> applied().contains(step.version()));
    }

    @Override
    public void down(MigrationStep step) {
        if (!step.hasDown()) {
            throw MigrationException.of(MigrationException.Kind.NO_DOWN, "Step " + step.label() + " has no down: "
                    + step.noDownReason().orElse("Liquibase cannot roll it back") + ".");
        }
        run(step, "down", () -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, 1)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, location.path())
                .addArgumentValue(DatabaseChangelogCommandStep.CONTEXTS_ARG, contexts)
                .addArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG, labels));
        if (applied().contains(step.version())) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "Liquibase did not roll back "
                    + step.label() + " (" + step.location() + "): it is still in " + HISTORY + " of "
                    + database.name() + ". Check that it is the last changeset Liquibase applied.");
        }
    }

    @Override
    public void close() {
        // every command opens and closes its own connection
    }

    @FunctionalInterface
    private interface Command {
        CommandScope create() throws Exception;
    }

    private void run(MigrationStep step, String direction, Command command) {
        run(() -> step, direction, command);
    }

    private void run(java.util.function.Supplier<MigrationStep> step, String direction, Command command) {
        StatementRecorder recorder = new StatementRecorder();
        ResourceAccessor accessor = location.open();
        Database liquibaseDatabase = null;
        try {
            liquibaseDatabase = connect();
            CommandScope scope = command.create()
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, liquibaseDatabase)
                    .setOutput(OutputStream.nullOutputStream());
            LiquibaseScope.call(accessor, recorder, scope::execute);
        } catch (Exception e) {
            MigrationStep failed = step.get();
            Optional<String> text = ChangelogLocation.text(accessor, filePath(failed));
            throw LiquibaseFailures.of(failed, direction, e, recorder.last(), text, this::currentVersion);
        } finally {
            close(liquibaseDatabase);
            ChangelogLocation.close(accessor);
        }
    }

    // lock_timeout is set before Liquibase takes the connection (it turns auto-commit off), so it holds for the session
    private Database connect() throws SQLException, DatabaseException {
        Connection connection = database.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + settings.lockTimeout().toMillis() + "ms'");
            return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(settings.decorate(connection)));
        } catch (SQLException | DatabaseException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static void close(Database liquibaseDatabase) {
        if (liquibaseDatabase == null) {
            return;
        }
        try {
            liquibaseDatabase.close();
        } catch (DatabaseException e) {
            // the step's outcome is already decided; a failed close only leaks a test connection
        }
    }

    static String filePath(MigrationStep step) {
        String location = step.location();
        int author = location.lastIndexOf("::");
        int id = location.lastIndexOf("::", author - 1);
        return id < 0 ? location : location.substring(0, id);
    }

    private Optional<String> currentVersion() {
        List<String> applied = applied();
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1));
    }

    private static boolean historyExists(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT to_regclass('" + HISTORY + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
