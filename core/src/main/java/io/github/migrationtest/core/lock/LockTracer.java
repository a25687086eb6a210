package io.github.migrationtest.core.lock;

import io.github.migrationtest.core.lock.internal.Recorder;
import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

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

    /**
     * Applies a step, which must be the next pending one, on a long-lived {@link Migrator} opened with a
     * {@link Hook} as its connection decorator, and traces it; the hook observes nothing before or after.
     *
     * @param migrator the migrator, at the version before the step; it ends at the step
     * @param hook the hook the migrator's settings decorate connections with
     * @param source the history the step belongs to
     * @param step the step
     * @throws MigrationException if the step is not the next pending one, or fails
     */
    public static LockTrace trace(Migrator migrator, Hook hook, MigrationSource source, MigrationStep step) {
        return trace(migrator, hook, source, step, false);
    }

    /**
     * As {@link #trace(Migrator, Hook, MigrationSource, MigrationStep)}, and with {@code probe}, after each statement
     * in a transaction a second connection tries a read and a write (each under a 50 ms {@code lock_timeout}) on every
     * pre-existing table the transaction holds a lock on that blocks reads or writes: {@link StatementTrace#probed()}.
     */
    public static LockTrace trace(Migrator migrator, Hook hook, MigrationSource source, MigrationStep step,
            boolean probe) {
        Recorder recorder = new Recorder(migrator.database(), step, source.upText(step), probe);
        hook.session = new Session(recorder);
        try {
            recorder.arm();
            migrator.up(step);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + migrator.database().name() + " before "
                    + step.label() + ": " + e.getMessage(), e);
        } finally {
            hook.session = null;
        }
        return recorder.finish();
    }

    /**
     * A connection decorator that observes connections only while {@link #trace(Migrator, Hook, MigrationSource,
     * MigrationStep)} runs; open a long-lived migrator with {@code settings.withConnectionDecorator(hook)}. Runners
     * may keep a connection open across steps, so the decoration switches on each call, not when the connection
     * is opened.
     *
     * @since 0.1
     */
    public static final class Hook implements UnaryOperator<Connection> {

        private volatile Session session;

        @Override
        public Connection apply(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                Session current = session;
                Connection target = current == null ? connection : current.traced(connection);
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Hook.class.getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }
    }

    /** One traced step: each raw connection wrapped once by its recorder. */
    private static final class Session {

        private final Recorder recorder;
        private final Map<Connection, Connection> wrapped = new ConcurrentHashMap<>();

        Session(Recorder recorder) {
            this.recorder = recorder;
        }

        Connection traced(Connection connection) {
            return wrapped.computeIfAbsent(connection, recorder::wrap);
        }
    }

    /** Applies and traces a step with the default settings. */
    public static LockTrace trace(TestDatabase database, MigrationSource source, MigrationStep step) {
        return trace(database, source, MigrationSettings.defaults(), step);
    }
}
