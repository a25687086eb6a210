package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.SchemaSnapshot;

/**
 * Assertions on a {@link SchemaSnapshot}; see {@link AbstractSchemaSnapshotAssert}.
 *
 * @since 0.1
 */
public class SchemaSnapshotAssert extends AbstractSchemaSnapshotAssert<SchemaSnapshotAssert> {

    /**
     * An assertion on the snapshot, without description; {@link MigrationAssertions#assertThat(SchemaSnapshot)}
     * describes it as {@code schema}.
     *
     * @param actual the snapshot
     */
    public SchemaSnapshotAssert(SchemaSnapshot actual) {
        super(actual, SchemaSnapshotAssert.class);
    }
}
