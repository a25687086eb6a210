package io.github.migrationtest.core.check.internal;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.DataFixture;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.data.DataFingerprint;
import io.github.migrationtest.core.data.RowSynthesizer;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.lock.LockTracer;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.rls.IsolationProbe;
import io.github.migrationtest.core.rls.RlsRules;
import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.rls.TenantOptions;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.traffic.TrafficOptions;
import io.github.migrationtest.core.traffic.TrafficSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database the battery walks through the history, with the state it was last seen in. When a failed check
 * leaves it in an unknown state, {@link #rebuild} migrates a fresh database to the same step, fixtures included.
 */
final class Workspace implements AutoCloseable {

    private final PostgresServer server;
    private final MigrationSource source;
    private final MigrationSettings settings;
    private final VerificationOptions options;
    // observes the migrator's connections only while a step's up is traced
    private final LockTracer.Hook hook = new LockTracer.Hook();
    private final Map<String, String> unfillable = new LinkedHashMap<>();
    private String lastTenantModel = "";
    private TestDatabase database;
    private Migrator migrator;
    private Connection connection;
    private SchemaSnapshot schema;
    private DataFingerprint data;

    Workspace(PostgresServer server, MigrationSource source, MigrationSettings settings, VerificationOptions options) {
        this.server = server;
        this.source = source;
        this.settings = settings;
        this.options = options;
        open();
    }

    private void open() {
        database = server.createDatabase();
        try {
            migrator = Migrator.open(database, source, settings.withConnectionDecorator(
                    connection -> settings.decorate(hook.apply(connection))));
            connection = database.connect();
            schema = SchemaSnapshot.capture(connection);
            data = DataFingerprint.capture(connection, schema);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot open " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** Applies the next step with its statements traced. */
    LockTrace traceUp(MigrationStep step) {
        return LockTracer.trace(migrator, hook, source, step, options.lockProbe());
    }

    /**
     * Starts background traffic for the next step: the latest corpus of an earlier version when one is configured
     * (the application that runs during the step's deploy), else reads and writes on every table.
     */
    TrafficSimulator startTraffic(String version) {
        Optional<QueryCorpus> corpus = options.compat().corpora().stream()
                .filter(c -> Versions.compare(c.version(), version) < 0)
                .max((a, b) -> Versions.compare(a.version(), b.version()));
        if (corpus.isPresent()) {
            return TrafficSimulator.start(database, corpus.get(), TrafficOptions.DEFAULTS);
        }
        List<String> tables = schema.tables().stream()
                .filter(table -> table.type() != io.github.migrationtest.core.schema.TableSnapshot.Type.FOREIGN)
                .map(io.github.migrationtest.core.schema.TableSnapshot::path).toList();
        return TrafficSimulator.start(database, schema, tables, TrafficOptions.DEFAULTS);
    }

    /**
     * The tenant findings of the database's current state, static and live, or empty when no tenant model is found
     * (or the check is off).
     */
    Optional<List<Finding>> tenantFindings(SchemaSnapshot snapshot, String step) throws SQLException {
        if (options.tenants().isEmpty()) {
            return Optional.empty();
        }
        Optional<TenantModel> model = TenantModel.discover(connection, snapshot, options.tenants().get());
        if (model.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>();
        // say what was discovered whenever it changes, so a reader can tell what the check assumed
        String described = model.get().describe();
        if (!described.equals(lastTenantModel)) {
            lastTenantModel = described;
            findings.add(Finding.of(Category.RLS, "tenant-model", Severity.INFO, step,
                    "tenant model " + (options.tenants().get().equals(TenantOptions.defaults()) ? "discovered"
                            : "configured and discovered") + ":\n" + described));
        }
        findings.addAll(RlsRules.findings(connection, snapshot, model.get(), step));
        findings.addAll(IsolationProbe.run(database, snapshot, model.get(), step));
        return Optional.of(findings);
    }

    Migrator migrator() {
        return migrator;
    }

    Connection connection() {
        return connection;
    }

    TestDatabase database() {
        return database;
    }

    VerificationOptions options() {
        return options;
    }

    /** The schema before the next step. */
    SchemaSnapshot schema() {
        return schema;
    }

    /** The rows before the next step. */
    DataFingerprint data() {
        return data;
    }

    Map<String, String> unfillable() {
        return unfillable;
    }

    SchemaSnapshot captureSchema() throws SQLException {
        return SchemaSnapshot.capture(connection);
    }

    DataFingerprint captureData(SchemaSnapshot snapshot) throws SQLException {
        return DataFingerprint.capture(connection, snapshot);
    }

    /**
     * The step was reached: applies its fixtures, fills the tables still empty, and records the state the next step
     * starts from.
     *
     * @param current the schema now, captured after the step's last up
     * @return the tables the synthesis could not fill at this step, with the reason
     * @throws FixtureException if a fixture fails
     */
    Map<String, String> reached(MigrationStep step, SchemaSnapshot current) throws SQLException {
        List<DataFixture> fixtures = options.fixturesOf(step.version());
        FixtureException failure = null;
        for (int i = 0; i < fixtures.size() && failure == null; i++) {
            try {
                fixtures.get(i).apply(connection);
            } catch (Exception e) {
                failure = new FixtureException("data fixture " + (i + 1) + " of " + fixtures.size() + " for version "
                        + step.version() + " failed: " + e.getMessage(), e);
            }
        }
        // a fixture may create objects too; the state is recorded even after a failed fixture
        SchemaSnapshot after = fixtures.isEmpty() ? current : captureSchema();
        Map<String, String> cannot = Map.of();
        DataFingerprint rows = captureData(after);
        if (options.rowsPerTable() > 0 && !rows.emptyTables().isEmpty()) {
            cannot = RowSynthesizer.rowsPerTable(options.rowsPerTable()).fill(connection, after, rows.emptyTables())
                    .unfillable();
            rows = captureData(after);
        }
        cannot.forEach(unfillable::putIfAbsent);
        schema = after;
        data = rows;
        if (failure != null) {
            throw failure;
        }
        return cannot;
    }

    /** Replaces the database with a fresh one migrated through these steps, each reached as before. */
    void rebuild(List<MigrationStep> through) throws SQLException {
        close();
        open();
        for (MigrationStep step : through) {
            migrator.up(step);
            try {
                reached(step, captureSchema());
            } catch (FixtureException e) {
                // reported at its step already; the state after it is recorded all the same
            }
        }
    }

    @Override
    public void close() {
        if (migrator != null) {
            migrator.close();
            migrator = null;
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database is dropped next; a failed close only delays that
            }
            connection = null;
        }
        if (database != null) {
            server.dropDatabase(database.name());
            database = null;
        }
    }

    /** A data fixture failed. */
    static final class FixtureException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FixtureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
