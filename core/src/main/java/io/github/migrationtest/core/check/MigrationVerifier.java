package io.github.migrationtest.core.check;

import io.github.migrationtest.core.check.internal.Battery;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.postgres.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs the battery over a history: for every step, in order, on one database of its own, whether the up
 * {@code applies}, whether up then down is {@code reversible} and {@code keeps-data}, and, where asked, whether the
 * up is {@code idempotent}.
 *
 * <p>Each step runs up, down and up once; after the last up the step's {@linkplain DataFixture data fixtures} run
 * and the tables still empty get synthesized rows, so every later step is checked against data. A failed check that
 * leaves the database in an unknown state (a failing down, a second up that fails) makes the battery migrate a fresh
 * database to the same step and go on, so one defect is reported once, at its step. A step that fails to apply
 * ends the walk: the later steps are reported as skipped.
 *
 * <pre>{@code
 * try (MigrationVerifier verifier = MigrationVerifier.start(server, source, settings, VerificationOptions.DEFAULTS)) {
 *     VerificationReport report = verifier.verifyAll("OrderMigrations", VerificationListener.NONE);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class MigrationVerifier implements AutoCloseable {

    private final Battery battery;
    private final MigrationSource source;
    private final PostgresServer server;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();

    private MigrationVerifier(PostgresServer server, MigrationSource source, Battery battery) {
        this.server = server;
        this.source = source;
        this.battery = battery;
    }

    /**
     * Creates the battery's database and reads the history.
     *
     * @param server the server to create the database on; the database is dropped by {@link #close()}
     * @param source the history
     * @param settings how steps run
     * @param options what to check and how
     */
    public static MigrationVerifier start(PostgresServer server, MigrationSource source, MigrationSettings settings,
            VerificationOptions options) {
        return new MigrationVerifier(server, source, new Battery(server, source, settings, options));
    }

    /**
     * Checks one step alone: a fresh database is migrated through the earlier steps (each with its fixtures and
     * synthesized rows), then the step gets every check, and the database is dropped.
     *
     * @param version the step's version
     * @throws io.github.migrationtest.core.migration.MigrationException if the version is not in the history, or an
     *     earlier step fails to apply
     */
    public static StepResult verifyStep(PostgresServer server, MigrationSource source, MigrationSettings settings,
            VerificationOptions options, String version) {
        try (Battery battery = new Battery(server, source, settings, options)) {
            battery.skipTo(battery.plan().step(version));
            return battery.next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the catalog or rows before " + version + ": "
                    + e.getMessage(), e);
        }
    }

    /** The history being checked. */
    public MigrationPlan plan() {
        return battery.plan();
    }

    /** Whether a step is left to check. */
    public boolean hasNext() {
        return battery.hasNext();
    }

    /**
     * Checks the next step.
     *
     * @throws java.util.NoSuchElementException if every step was checked
     */
    public StepResult next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException("every step of " + source.description() + " was checked");
        }
        return battery.next();
    }

    /** The results so far, one per checked step. */
    public List<StepResult> results() {
        return battery.results();
    }

    /** Checks every step left and returns the report. */
    public VerificationReport verifyAll(String suite, VerificationListener listener) {
        int total = plan().steps().size();
        while (hasNext()) {
            StepResult result = next();
            listener.stepFinished(result, results().size(), total);
        }
        return report(suite);
    }

    /** The report of the steps checked so far. */
    public VerificationReport report(String suite) {
        return new VerificationReport(suite, source.description(), server.version(), started,
                Duration.ofNanos(System.nanoTime() - startNanos), results(), battery.unfillableTables());
    }

    /** Drops the battery's database. */
    @Override
    public void close() {
        battery.close();
    }
}
