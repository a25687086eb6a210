package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.SchemaDiff;

/**
 * Assertions on a {@link SchemaDiff}; see {@link AbstractSchemaDiffAssert}.
 *
 * @since 0.1
 */
public class SchemaDiffAssert extends AbstractSchemaDiffAssert<SchemaDiffAssert> {

    /**
     * An assertion on the diff, without description; {@link MigrationAssertions#assertThat(SchemaDiff)} describes
     * it as {@code schema diff}.
     *
     * @param actual the diff
     */
    public SchemaDiffAssert(SchemaDiff actual) {
        super(actual, SchemaDiffAssert.class);
    }
}
