package io.github.migrationtest.assertions;

import io.github.migrationtest.core.postgres.TestDatabase;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Entry point for migrationtest's assertions.
 *
 * @since 0.1
 */
@CheckReturnValue
public final class MigrationAssertions {

    private MigrationAssertions() {
    }

    /**
     * Assertions on a test database, read live from the server.
     *
     * @param actual the database
     * @return the assertion object, described as {@code [database <name>]}
     */
    public static TestDatabaseAssert assertThat(TestDatabase actual) {
        TestDatabaseAssert assertion = new TestDatabaseAssert(actual);
        return actual == null ? assertion : assertion.as("database " + actual.name());
    }
}
