package io.github.migrationtest.core.compat;

import java.util.Objects;

/**
 * One column of a query's result, as the server describes it.
 *
 * @param name the column's label
 * @param type the column's type: the {@code pg_prepared_statements.result_types} name on PostgreSQL 16 and later
 *     ({@code integer}), the driver's type name before ({@code int4})
 * @since 0.1
 */
public record ResultColumn(String name, String type) {

    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** {@code name type}. */
    @Override
    public String toString() {
        return name + " " + type;
    }
}
