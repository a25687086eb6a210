package io.github.migrationtest.junit;

/**
 * What a step without a down means for the {@code reversible} check of {@link MigrationContract} and
 * {@link MigrationSteps}.
 *
 * @since 0.1
 */
public enum NoDown {

    /** Whatever is configured ({@value MigrationTestConfig#NO_DOWN}), else {@link #FAIL}. */
    DEFAULT,

    /** The check fails, unless the step is declared irreversible. */
    FAIL,

    /** The check warns and passes: for histories that only roll forward. */
    WARN
}
