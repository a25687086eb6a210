package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.postgres.TestDatabase;

/**
 * A migration history and the tool that applies it; intended for implementors (Flyway, Liquibase, plain SQL).
 *
 * @since 0.1
 */
public interface MigrationSource {

    /** What the history comes from, for messages: {@code Flyway classpath:db/migration}. */
    String description();

    /**
     * Reads the history.
     *
     * @throws MigrationException if the history is invalid (missing or empty location, duplicate versions, ...)
     */
    MigrationPlan plan();

    /**
     * Opens a runner that applies this history's steps to a database.
     *
     * @param database the database
     * @param settings how steps run
     */
    StepRunner open(TestDatabase database, MigrationSettings settings);

    /**
     * The text of the file that defines a step's up (an SQL script, a changelog), to point at a statement's line;
     * empty when the source cannot tell (the default).
     */
    default java.util.Optional<String> upText(MigrationStep step) {
        return java.util.Optional.empty();
    }
}
