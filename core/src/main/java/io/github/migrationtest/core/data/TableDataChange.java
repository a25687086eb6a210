package io.github.migrationtest.core.data;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a table's rows differ between two fingerprints.
 *
 * @param table the table's path
 * @param rowsBefore the row count before
 * @param rowsAfter the row count after
 * @param missing sample rows present before and not after (JSON), empty when the table was too big to keep them
 * @param added sample rows present after and not before (JSON)
 * @since 0.1
 */
public record TableDataChange(String table, long rowsBefore, long rowsAfter, List<String> missing,
        List<String> added) {

    /** How many sample rows a change keeps of each side. */
    public static final int SAMPLE = 5;

    public TableDataChange {
        Objects.requireNonNull(table, "table");
        missing = List.copyOf(missing);
        added = List.copyOf(added);
    }

    /** {@code public.users: 3 rows → 3 rows, 1 changed} and the sample rows, one per line. */
    public String describe() {
        StringBuilder text = new StringBuilder(table).append(": ").append(rowsBefore).append(rowsBefore == 1
                ? " row" : " rows").append(" → ").append(rowsAfter).append(rowsAfter == 1 ? " row" : " rows");
        if (missing.isEmpty() && added.isEmpty()) {
            text.append(", same count, different content (too many rows to keep samples)");
        }
        text.append(missing.stream().map(row -> "\n  - " + row).collect(Collectors.joining()));
        text.append(added.stream().map(row -> "\n  + " + row).collect(Collectors.joining()));
        return text.toString();
    }
}
