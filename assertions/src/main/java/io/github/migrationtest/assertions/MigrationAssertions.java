package io.github.migrationtest.assertions;

import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
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

    /**
     * Assertions on a schema snapshot, described as {@code schema}; set another description with
     * {@code .as("schema after 0005")}. Tables and columns reached from it carry the description at the end of
     * theirs: {@code [column public.users.email of schema after 0005]}.
     *
     * @param actual the snapshot
     * @return the assertion object
     */
    public static SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
        return new SchemaSnapshotAssert(actual).as(AbstractSchemaSnapshotAssert.DEFAULT_DESCRIPTION);
    }

    /**
     * Assertions on a schema diff, described as {@code schema diff}.
     *
     * @param actual the diff
     * @return the assertion object
     */
    public static SchemaDiffAssert assertThat(SchemaDiff actual) {
        return new SchemaDiffAssert(actual).as("schema diff");
    }

    /**
     * Assertions on a migration step's checks, described as {@code step 0005 add_phone of <suite>}.
     *
     * @param actual the step, as {@code @MigrationSteps} methods receive it
     * @return the assertion object
     */
    public static StepAssert assertThat(StepUnderTest actual) {
        StepAssert assertion = new StepAssert(actual);
        return actual == null ? assertion : assertion.as(actual.toString());
    }
}
