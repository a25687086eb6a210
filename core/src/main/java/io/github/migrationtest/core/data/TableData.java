package io.github.migrationtest.core.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one table at one moment: how many, an order-independent hash of their content, and, for small tables,
 * the rows themselves as canonical JSON ({@code to_jsonb}: keys sorted, so column order does not matter).
 *
 * @param table the table's path, {@code public.users}
 * @param rows the row count
 * @param hash the sum of the rows' MD5-derived hashes, as text; equal multisets of rows give equal hashes
 * @param content the rows as JSON, sorted, when the table had at most {@link DataFingerprint#KEPT_ROWS} rows
 * @since 0.1
 */
public record TableData(String table, long rows, String hash, Optional<List<String>> content) {

    public TableData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(hash, "hash");
        content = content.map(List::copyOf);
    }

    /** Whether the two hold the same rows, in any order. */
    public boolean sameRowsAs(TableData other) {
        return rows == other.rows && hash.equals(other.hash);
    }
}
