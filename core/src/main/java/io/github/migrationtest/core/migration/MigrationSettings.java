package io.github.migrationtest.core.migration;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How steps run.
 *
 * @param lockTimeout how long a statement may wait for a lock before the step fails (and shows who holds it)
 * @param placeholders values for {@code ${name}} placeholders, for the sources that support them
 * @param connectionDecorator applied by every runner to each connection that runs a step's statements, after the
 *     runner's own session setup (its safety {@code SET lock_timeout}), so a decorator sees the migration's
 *     statements and the tool's bookkeeping, never that setup; identity by default
 * @since 0.1
 */
public record MigrationSettings(Duration lockTimeout, Map<String, String> placeholders,
        UnaryOperator<Connection> connectionDecorator) {

    /** The default lock timeout: long enough for real work, short enough that a test never hangs. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public MigrationSettings {
        placeholders = Map.copyOf(placeholders);
        Objects.requireNonNull(connectionDecorator, "connectionDecorator");
    }

    /** Settings that leave connections as they are. */
    public MigrationSettings(Duration lockTimeout, Map<String, String> placeholders) {
        this(lockTimeout, placeholders, UnaryOperator.identity());
    }

    /** The defaults. */
    public static MigrationSettings defaults() {
        return new MigrationSettings(DEFAULT_LOCK_TIMEOUT, Map.of());
    }

    /** The same settings with another lock timeout. */
    public MigrationSettings withLockTimeout(Duration timeout) {
        return new MigrationSettings(timeout, placeholders, connectionDecorator);
    }

    /** The same settings with another connection decorator (replacing the current one). */
    public MigrationSettings withConnectionDecorator(UnaryOperator<Connection> decorator) {
        return new MigrationSettings(lockTimeout, placeholders, decorator);
    }

    /** The decorated connection. */
    public Connection decorate(Connection connection) {
        return connectionDecorator.apply(connection);
    }
}
