package io.github.migrationtest.core.postgres;

import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL major versions this library provisions.
 *
 * @since 0.1
 */
public final class PostgresVersions {

    /** The major used when none is configured. */
    public static final int DEFAULT_MAJOR = 17;

    /** Every major the embedded and Testcontainers providers can start, oldest first. */
    public static final List<Integer> SUPPORTED = List.of(13, 14, 15, 16, 17, 18);

    private PostgresVersions() {
    }

    /**
     * Parses a major version as written by a user: {@code "17"}, {@code " 15 "}, or {@code "16.4"} (the minor is
     * ignored, since providers choose the minor).
     *
     * @param text the version text
     * @return the major, or empty if the text is not a version
     */
    public static Optional<Integer> parseMajor(String text) {
        String trimmed = text.trim();
        int dot = trimmed.indexOf('.');
        String major = dot < 0 ? trimmed : trimmed.substring(0, dot);
        if (major.isEmpty() || !major.chars().allMatch(Character::isDigit) || major.length() > 3) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(major));
    }

    /**
     * Returns whether the embedded and Testcontainers providers can start this major.
     *
     * @param major the major version
     * @return {@code true} if supported
     */
    public static boolean isSupported(int major) {
        return SUPPORTED.contains(major);
    }
}
