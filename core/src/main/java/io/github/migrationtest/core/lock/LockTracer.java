package io.github.migrationtest.core.lock;

import io.github.migrationtest.core.lock.internal.Recorder;
import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.SQLException;

/**
 * Applies one step with its own tool and records, statement by statement, what it locked, rewrote, scanned and built
 * on the relations that existed before it.
 *
 * <p>Each statement the tool sends is observed on the connection that runs it (through
 * {@link MigrationSettings#withConnectionDecorator}). After a statement inside a transaction, the same connection
 * reads {@code pg_locks} for its own backend, {@code pg_class.relfilenode} and {@code pg_stat_xact_user_tables};
 * a statement outside a transaction is watched from a second connection while it runs. Use a database with rows in
 * its tables: rewrites and scans of empty tables cost nothing and are measured as such.
 *
 * @since 0.1
 */
public final class LockTracer {

    private LockTracer() {
    }

    /**
     * Applies a step, which must be the next pending one, and traces it.
     *
     * @param database the database, at the version before the step; it ends at the step
     * @param source the history the step belongs to
     * @param settings how steps run; a decorator already set still applies, around the tracer's
     * @param step the step
     * @throws MigrationException if the step is not the next pending one, or fails
     */
    public static LockTrace trace(TestDatabase database, MigrationSource source, MigrationSettings settings,
            MigrationStep step) {
        Recorder recorder = new Recorder(database, step, source.upText(step));
        MigrationSettings traced = settings.withConnectionDecorator(
                connection -> settings.decorate(recorder.wrap(connection)));
        try (Migrator migrator = Migrator.open(database, source, traced)) {
            recorder.arm();
            migrator.up(step);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + database.name() + " before "
                    + step.label() + ": " + e.getMessage(), e);
        }
        return recorder.finish();
    }

    /** Applies and traces a step with the default settings. */
    public static LockTrace trace(TestDatabase database, MigrationSource source, MigrationStep step) {
        return trace(database, source, MigrationSettings.defaults(), step);
    }
}
