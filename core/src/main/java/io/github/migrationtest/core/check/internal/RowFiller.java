package io.github.migrationtest.core.check.internal;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;

/** Fills empty tables with rows so that the data checks have something to compare. */
@FunctionalInterface
interface RowFiller {

    /** Fills what it can of the tables; returns the ones it could not fill, with the reason. */
    Map<String, String> fill(Connection connection, SchemaSnapshot snapshot, Set<String> tables, int rowsPerTable);
}
