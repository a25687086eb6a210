package io.github.migrationtest.core.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the traffic on one table saw. A query blocked by a lock waits for it, so the longest query is the longest
 * block (plus the query's own, normally tiny, run time).
 *
 * @param table the table's qualified name, such as {@code public.users}
 * @param reads how many reads ran (whatever their outcome)
 * @param writes how many writes ran (whatever their outcome)
 * @param longestRead the longest a read took
 * @param longestWrite the longest a write took
 * @param timeouts how many queries reached the query timeout
 * @param errors a sample of other errors, such as a column or table that no longer exists
 * @since 0.1
 */
public record TableTraffic(String table, long reads, long writes, Duration longestRead, Duration longestWrite,
        long timeouts, List<String> errors) {

    public TableTraffic {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(longestRead, "longestRead");
        Objects.requireNonNull(longestWrite, "longestWrite");
        errors = List.copyOf(errors);
    }

    /** The longest a query on this table took, read or write. */
    public Duration longestBlock() {
        return longestRead.compareTo(longestWrite) >= 0 ? longestRead : longestWrite;
    }
}
