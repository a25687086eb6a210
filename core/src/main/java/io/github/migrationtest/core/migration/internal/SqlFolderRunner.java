package io.github.migrationtest.core.migration.internal;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs plain SQL steps and records them in {@value #HISTORY}, this library's own history table for folders that
 * have no tool of their own.
 */
final class SqlFolderRunner implements StepRunner {

    static final String HISTORY = "migrationtest_schema_history";

    private final TestDatabase database;
    private final SqlScriptRunner scripts;
    private final Function<MigrationStep, SqlFolderSource.Scripts> texts;
    // read once, then kept in step with every up and down: the Migrator asks for it before each step
    private List<String> applied;

    SqlFolderRunner(TestDatabase database, MigrationSettings settings,
            Function<MigrationStep, SqlFolderSource.Scripts> texts) {
        this.database = database;
        this.scripts = new SqlScriptRunner(database, settings);
        this.texts = texts;
        execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (installed_rank serial PRIMARY KEY, "
                + "version text NOT NULL UNIQUE, description text NOT NULL, checksum text NOT NULL, "
                + "installed_on timestamptz NOT NULL DEFAULT now())");
    }

    @Override
    public List<String> applied() {
        if (applied == null) {
            applied = readApplied();
        }
        return List.copyOf(applied);
    }

    private List<String> readApplied() {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version FROM " + HISTORY
                        + " ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + HISTORY + ": " + e.getMessage(), e);
        }
        return versions;
    }

    @Override
    public Optional<String> appliedChecksum(String version) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT checksum FROM " + HISTORY
                        + " WHERE version = ?")) {
            statement.setString(1, version);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + HISTORY + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void up(MigrationStep step) {
        SqlFolderSource.Scripts text = texts.apply(step);
        scripts.run(step, "up", text.upFile, text.up, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (version, description, checksum) VALUES (?, ?, ?)")) {
                insert.setString(1, step.version());
                insert.setString(2, step.description());
                insert.setString(3, step.checksum());
                insert.executeUpdate();
            }
        }, this::currentVersion);
        applied();
        applied.add(step.version());
    }

    /** The up script alone: the history row stays as it is. */
    @Override
    public void rerun(MigrationStep step) {
        SqlFolderSource.Scripts text = texts.apply(step);
        scripts.run(step, "up", text.upFile, text.up, connection -> { }, this::currentVersion);
    }

    @Override
    public void down(MigrationStep step) {
        SqlFolderSource.Scripts text = texts.apply(step);
        if (text.down == null) {
            throw MigrationException.of(MigrationException.Kind.NO_DOWN, "Step " + step.label() + " has no down: "
                    + step.noDownReason().orElse("none defined") + ".");
        }
        scripts.run(step, "down", text.downFile, text.down, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + HISTORY
                    + " WHERE version = ?")) {
                delete.setString(1, step.version());
                delete.executeUpdate();
            }
        }, this::currentVersion);
        applied();
        applied.remove(step.version());
    }

    @Override
    public void close() {
        scripts.close();
    }

    // after a failure, from the table: the failed step may or may not have recorded itself
    private Optional<String> currentVersion() {
        List<String> versions = readApplied();
        applied = new ArrayList<>(versions);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private void execute(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + HISTORY + ": " + e.getMessage(), e);
        }
    }
}
