package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.ColumnSnapshot;

/**
 * Assertions on a column of a schema snapshot; see {@link AbstractColumnAssert}.
 *
 * @since 0.1
 */
public class ColumnAssert extends AbstractColumnAssert<ColumnAssert> {

    /**
     * An assertion on a column, without description.
     *
     * @param actual the column
     * @param table the assertion on the column's table, which {@link #returnToTable()} returns
     */
    public ColumnAssert(ColumnSnapshot actual, TableAssert table) {
        super(actual, table, ColumnAssert.class);
    }
}
