package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.ConstraintSnapshot;

/**
 * Assertions on a constraint of a table of a schema snapshot; see {@link AbstractConstraintAssert}.
 *
 * @since 0.1
 */
public class ConstraintAssert extends AbstractConstraintAssert<ConstraintAssert> {

    /**
     * An assertion on a constraint, without description.
     *
     * @param actual the constraint
     * @param table the assertion on the constraint's table, which {@link #returnToTable()} returns
     */
    public ConstraintAssert(ConstraintSnapshot actual, TableAssert table) {
        super(actual, table, ConstraintAssert.class);
    }
}
