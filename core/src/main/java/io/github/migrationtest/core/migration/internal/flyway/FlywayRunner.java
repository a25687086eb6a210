package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.migration.internal.HistoryRows;
import io.github.migrationtest.core.migration.internal.SqlScriptRunner;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Applies steps with Flyway ({@code migrate} with the step as target) and reverts them with their undo scripts.
 *
 * <p>A down deletes the step's row from {@value #HISTORY} in the undo script's transaction. Flyway Teams' own undo
 * instead adds an {@code UNDO_SQL} row that marks the original as undone; Flyway Community cannot read that state,
 * while a deleted row leaves exactly what it expects: the version pending, so the next {@code migrate} applies it
 * again.
 */
final class FlywayRunner implements StepRunner {

    static final String HISTORY = "flyway_schema_history";
    // Rows of migrations that ran; not BASELINE, SCHEMA (schema creation) or Teams' UNDO_* and DELETE markers.
    private static final String STEP_ROWS = "version IS NOT NULL AND success AND type IN ('SQL', 'JDBC')";

    private final TestDatabase database;
    private final MigrationSettings settings;
    private final List<String> locations;
    private final ClassLoader loader;
    private final Supplier<FlywayScan> scan;
    private final SqlScriptRunner scripts;
    private final String schema;

    FlywayRunner(TestDatabase database, MigrationSettings settings, List<String> locations, ClassLoader loader,
            Supplier<FlywayScan> scan) {
        this.database = database;
        this.settings = settings;
        this.locations = locations;
        this.loader = loader;
        this.scan = scan;
        this.scripts = new SqlScriptRunner(database, settings);
        this.schema = query("SELECT current_schema()", null).get(0);
        checkChecksums();
    }

    @Override
    public List<String> applied() {
        if (!historyExists()) {
            return List.of();
        }
        return query("SELECT version FROM " + history() + " WHERE " + STEP_ROWS + " ORDER BY installed_rank", null);
    }

    @Override
    public void up(MigrationStep step) {
        try {
            load(configure().target(step.version())).migrate();
        } catch (FlywayValidateException e) {
            throw MigrationException.invalid("Flyway refused to apply " + step.label() + " (" + step.location()
                    + ") to " + database.name() + ": " + e.getMessage(), e);
        } catch (FlywayException e) {
            throw FlywayFailures.up(step, e, currentVersion());
        }
        if (applied().stream().noneMatch(version -> Versions.same(version, step.version()))) {
            throw MigrationException.invalid("Flyway did not apply " + step.label() + " (" + step.location()
                    + ") to " + database.name() + ": it resolved the locations " + locations + " differently from "
                    + "this source. Check for migrations Flyway ignores or configures differently (a "
                    + "flyway.conf, callbacks, custom prefixes).");
        }
    }

    /** All the steps in one Flyway {@code migrate}: Flyway connects, locks and validates once, not per step. */
    @Override
    public void upAll(List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        MigrationStep last = steps.get(steps.size() - 1);
        try {
            load(configure().target(last.version())).migrate();
        } catch (FlywayValidateException e) {
            throw MigrationException.invalid("Flyway refused to apply the steps up to " + last.label() + " to "
                    + database.name() + ": " + e.getMessage(), e);
        } catch (FlywayException e) {
            // the failing step is the first of these that Flyway did not record
            List<String> applied = applied();
            MigrationStep failed = steps.stream()
                    .filter(step -> applied.stream().noneMatch(v -> Versions.same(v, step.version())))
                    .findFirst().orElse(last);
            throw FlywayFailures.up(failed, e, currentVersion());
        }
        if (applied().stream().noneMatch(version -> Versions.same(version, last.version()))) {
            throw MigrationException.invalid("Flyway did not apply the steps up to " + last.label() + " to "
                    + database.name() + ": it resolved the locations " + locations + " differently from this "
                    + "source. Check for migrations Flyway ignores or configures differently (a flyway.conf, "
                    + "callbacks, custom prefixes).");
        }
    }

    @Override
    public void rerun(MigrationStep step) {
        HistoryRows.rerun(database, history(), "SELECT ctid, * FROM " + history() + " WHERE " + STEP_ROWS
                + " AND version = ? ORDER BY installed_rank DESC LIMIT 1", step.version(), () -> up(step),
                () -> applied().stream().anyMatch(version -> Versions.same(version, step.version())));
    }

    @Override
    public void down(MigrationStep step) {
        FlywayScan.Undo undo = scan.get().undo(step.version()).orElseThrow(() -> MigrationException.of(
                MigrationException.Kind.NO_DOWN, "Step " + step.label() + " has no down: "
                        + step.noDownReason().orElse("no undo script") + "."));
        String text = UndoPlaceholders.replace(undo.text(), undo.location(), placeholders(undo.location()));
        scripts.run(step, "down", undo.location(), text, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + history()
                    + " WHERE installed_rank = (SELECT max(installed_rank) FROM " + history() + " WHERE "
                    + STEP_ROWS + " AND version = ?)")) {
                delete.setString(1, step.version());
                delete.executeUpdate();
            }
        }, this::currentVersion);
    }

    @Override
    public void close() {
        // Flyway and the undo scripts open and close their own connections
    }

    private FluentConfiguration configure() {
        // The lock timeout rides on every connection's startup options: Flyway deprecated initSql.
        PGSimpleDataSource dataSource = new DecoratedDataSource(settings);
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        dataSource.setOptions("-c lock_timeout=" + settings.lockTimeout().toMillis());
        return org.flywaydb.core.Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(settings.placeholders())
                .cleanDisabled(true);
    }

    private org.flywaydb.core.Flyway load(FluentConfiguration configuration) {
        org.flywaydb.core.Flyway flyway = configuration.load();
        // Flyway's default transactional advisory lock keeps a transaction open that CREATE INDEX CONCURRENTLY
        // waits for, forever (flyway/flyway#3682); a session lock does not.
        flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return flyway;
    }

    // Migrator compares its own checksums; Flyway's are CRC32s of the up script only, so Flyway compares them.
    private void checkChecksums() {
        if (!historyExists()) {
            return;
        }
        MigrationInfo[] all;
        try {
            all = load(configure()).info().all();
        } catch (FlywayException e) {
            throw MigrationException.invalid("Flyway cannot read the history of " + database.name() + ": "
                    + e.getMessage(), e);
        }
        for (MigrationInfo info : all) {
            if (info.isApplied() && info.isVersioned() && info.getResolvedChecksum() != null
                    && !info.isChecksumMatching()) {
                throw MigrationException.of(MigrationException.Kind.CHECKSUM_CHANGED, "Step " + info.getVersion()
                        + " " + info.getDescription() + " changed after it was applied to " + database.name() + ": "
                        + info.getScript() + " now has Flyway checksum " + info.getResolvedChecksum() + ", "
                        + HISTORY + " recorded " + info.getAppliedChecksum() + ". Never edit an applied migration; "
                        + "add a new step instead.");
            }
        }
    }

    private Map<String, String> placeholders(String location) {
        Map<String, String> values = new HashMap<>();
        values.put("flyway:defaultSchema", schema);
        values.put("flyway:user", database.user());
        values.put("flyway:database", database.name());
        values.put("flyway:table", HISTORY);
        values.put("flyway:filename", location.substring(location.lastIndexOf('/') + 1));
        values.putAll(settings.placeholders());
        return values;
    }

    private boolean historyExists() {
        return query("SELECT to_regclass(?)::text", history()).get(0) != null;
    }

    private String history() {
        return "\"" + schema.replace("\"", "\"\"") + "\"." + HISTORY;
    }

    private Optional<String> currentVersion() {
        List<String> applied = applied();
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1));
    }

    private List<String> query(String sql, String parameter) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + HISTORY + " of " + database.name() + ": "
                    + e.getMessage(), e);
        }
    }
}
