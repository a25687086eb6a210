package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Soft assertions on snapshots and diffs: failures are collected and reported together by {@link #assertAll()}, or
 * by AssertJ's {@code SoftAssertionsExtension} when this is a test method's parameter.
 *
 * <p>Only the assertions made directly on the snapshot or diff are soft; an assertion reached by navigation
 * ({@code table(...)}, {@code column(...)}, {@code constraint(...)}, {@code index(...)}, {@code policy(...)})
 * fails at once.
 *
 * @since 0.1
 */
public class SoftMigrationAssertions extends AbstractSoftAssertions {

    /** Soft assertions with no failure collected yet. */
    public SoftMigrationAssertions() {
    }

    /**
     * A soft assertion on a schema snapshot, described as {@code schema}.
     *
     * @param actual the snapshot
     * @return the assertion object
     */
    @CheckReturnValue
    public SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
        return proxy(SchemaSnapshotAssert.class, SchemaSnapshot.class, actual)
                .as(AbstractSchemaSnapshotAssert.DEFAULT_DESCRIPTION);
    }

    /**
     * A soft assertion on a schema diff, described as {@code schema diff}.
     *
     * @param actual the diff
     * @return the assertion object
     */
    @CheckReturnValue
    public SchemaDiffAssert assertThat(SchemaDiff actual) {
        return proxy(SchemaDiffAssert.class, SchemaDiff.class, actual).as("schema diff");
    }
}
