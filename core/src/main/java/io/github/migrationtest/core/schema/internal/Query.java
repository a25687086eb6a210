package io.github.migrationtest.core.schema.internal;

import io.github.migrationtest.core.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One catalog query and what turns its rows into objects.
 *
 * @param sql the query, without parameters and without a trailing semicolon
 * @param rows reads every row of the query's result into objects
 */
record Query(String sql, Rows rows) {

    /** Reads a result's rows. */
    @FunctionalInterface
    interface Rows {
        void read(ResultSet rs, List<SchemaObject> objects) throws SQLException;
    }
}
