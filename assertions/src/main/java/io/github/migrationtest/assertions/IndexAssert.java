package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.IndexSnapshot;

/**
 * Assertions on an index of a table of a schema snapshot; see {@link AbstractIndexAssert}.
 *
 * @since 0.1
 */
public class IndexAssert extends AbstractIndexAssert<IndexAssert> {

    /**
     * An assertion on an index, without description.
     *
     * @param actual the index
     * @param table the assertion on the index's table, which {@link #returnToTable()} returns
     */
    public IndexAssert(IndexSnapshot actual, TableAssert table) {
        super(actual, table, IndexAssert.class);
    }
}
