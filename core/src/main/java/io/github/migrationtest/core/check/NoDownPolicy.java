package io.github.migrationtest.core.check;

/**
 * What a step without a down means for the {@code reversible} check.
 *
 * @since 0.1
 */
public enum NoDownPolicy {
    /** An error: every step must be reversible unless declared irreversible. */
    FAIL,
    /** A warning: reported, not failing (histories that roll forward only, such as Flyway Community's). */
    WARN
}
