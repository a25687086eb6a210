package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;

/**
 * Assertions on a table of a {@link SchemaSnapshot}; see {@link AbstractTableAssert}.
 *
 * @since 0.1
 */
public class TableAssert extends AbstractTableAssert<TableAssert> {

    /**
     * An assertion on a table of the snapshot, without description.
     *
     * @param actual the table
     * @param schema the snapshot the table comes from
     */
    public TableAssert(TableSnapshot actual, SchemaSnapshot schema) {
        this(actual, schema, null);
    }

    TableAssert(TableSnapshot actual, SchemaSnapshot schema, SchemaSnapshotAssert origin) {
        super(actual, schema, origin, TableAssert.class);
    }
}
