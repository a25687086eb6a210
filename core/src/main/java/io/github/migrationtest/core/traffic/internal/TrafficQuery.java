package io.github.migrationtest.core.traffic.internal;

import java.util.Objects;

/**
 * One query of a workload. Every query runs in a transaction that is rolled back, so a write leaves no trace.
 *
 * @param table the qualified name of the table the query is counted for
 * @param write whether it is a write (else a read)
 * @param sql the statement
 */
public record TrafficQuery(String table, boolean write, String sql) {

    public TrafficQuery {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sql, "sql");
    }
}
