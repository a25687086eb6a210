package io.github.migrationtest.core.data.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to synthesize rows for one table.
 *
 * @param table the table's path
 * @param columns the columns the {@code INSERT} names; the others are left to the database
 * @param checkColumns for each check constraint (of the table or of a column's domain), the indexes of the columns
 *     whose values it may reject
 */
public record TablePlan(String table, List<PlannedColumn> columns, Map<String, Set<Integer>> checkColumns) {

    public TablePlan {
        columns = List.copyOf(columns);
        checkColumns = Map.copyOf(checkColumns);
    }
}
