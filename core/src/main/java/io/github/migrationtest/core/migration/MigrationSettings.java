package io.github.migrationtest.core.migration;

import java.time.Duration;
import java.util.Map;

/**
 * How steps run.
 *
 * @param lockTimeout how long a statement may wait for a lock before the step fails (and shows who holds it)
 * @param placeholders values for {@code ${name}} placeholders, for the sources that support them
 * @since 0.1
 */
public record MigrationSettings(Duration lockTimeout, Map<String, String> placeholders) {

    /** The default lock timeout: long enough for real work, short enough that a test never hangs. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public MigrationSettings {
        placeholders = Map.copyOf(placeholders);
    }

    /** The defaults. */
    public static MigrationSettings defaults() {
        return new MigrationSettings(DEFAULT_LOCK_TIMEOUT, Map.of());
    }

    /** The same settings with another lock timeout. */
    public MigrationSettings withLockTimeout(Duration timeout) {
        return new MigrationSettings(timeout, placeholders);
    }
}
