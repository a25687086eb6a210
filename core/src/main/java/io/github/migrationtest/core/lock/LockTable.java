package io.github.migrationtest.core.lock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A step's trace as a compact table: one row per lock a statement took on a pre-existing relation, with what the
 * statement did to that relation under it. The report's Markdown and HTML and the lock assertions' messages all show
 * these rows, so a reader sees the same table wherever a trace appears.
 *
 * @since 0.1
 */
public final class LockTable {

    /** What a row shows when the statement did no work on the relation: it only locked it. */
    public static final String NOTHING = "—";

    private static final List<String> HEADERS = List.of("statement", "relation", "mode", "done under it", "held");

    private LockTable() {
    }

    /**
     * One lock and the work done under it.
     *
     * @param statement where the statement is written, {@code 0002_create_index.up.sql:2}
     * @param relation the locked relation, as {@link RelationLock#relation()} names it
     * @param table the table it belongs to (itself for a table); not a column of the table shown
     * @param mode the mode taken
     * @param work {@code rewrite}, {@code index build t_b_idx}, {@code index rebuild t_pkey},
     *     {@code scan of 2000 tuples}, joined by {@code , }; {@link #NOTHING} when the statement only locked it
     * @param held how long the lock stayed held
     * @since 0.1
     */
    public record Row(String statement, String relation, String table, LockMode mode, String work,
            Duration held) {

        public Row {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(held, "held");
        }

        /** {@code 12 ms}: whole milliseconds, as the lock findings write them. */
        public String heldText() {
            return held.toMillis() + " ms";
        }

        /** The cells in column order. */
        public List<String> cells() {
            return List.of(statement, relation, mode.toString(), work, heldText());
        }
    }

    /** The column headers: statement, relation, mode, done under it, held. */
    public static List<String> headers() {
        return HEADERS;
    }

    /** The rows, in statement order and, within a statement, in the order it took the locks; none without locks. */
    public static List<Row> rows(LockTrace trace) {
        List<Row> rows = new ArrayList<>();
        for (StatementTrace statement : trace.statements()) {
            for (RelationLock lock : statement.locksTaken()) {
                rows.add(new Row(statement.location(), lock.relation(), lock.table(), lock.mode(), work(statement, lock),
                        statement.lockHeld()));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The table as plain text lines, columns padded to line up, a header line first; no lines without rows.
     *
     * <pre>
     * statement                   relation  mode   done under it                             held
     * 0002_create_index.up.sql:2  t         SHARE  index build t_b_idx, scan of 2000 tuples  14 ms
     * </pre>
     */
    public static List<String> text(LockTrace trace) {
        List<Row> rows = rows(trace);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADERS);
        rows.forEach(row -> cells.add(row.cells()));
        int[] widths = new int[HEADERS.size()];
        cells.forEach(line -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        return cells.stream().map(line -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line.get(i)));
            }
            return text.toString().stripTrailing();
        }).toList();
    }

    // The table's row carries the table's work; an index's row only the rebuild of that index, so work shows once.
    private static String work(StatementTrace statement, RelationLock lock) {
        String table = lock.table();
        boolean rewritten = statement.rewrittenTables().contains(table);
        List<String> parts = new ArrayList<>();
        if (!lock.relation().equals(table)) {
            if (!rewritten && statement.rebuiltIndexes().containsKey(lock.relation())) {
                parts.add("index rebuild " + lock.relation());
            }
            return parts.isEmpty() ? NOTHING : String.join(", ", parts);
        }
        if (rewritten) {
            parts.add("rewrite");
        }
        onTable(statement.builtIndexes(), table).forEach(index -> parts.add("index build " + index));
        if (!rewritten) {
            onTable(statement.rebuiltIndexes(), table).stream().filter(index -> !ownRow(statement, index))
                    .forEach(index -> parts.add("index rebuild " + index));
        }
        Long tuples = statement.scannedTuples().get(table);
        if (tuples != null && tuples > 0) {
            parts.add("scan of " + tuples + " tuples");
        }
        return parts.isEmpty() ? NOTHING : String.join(", ", parts);
    }

    private static boolean ownRow(StatementTrace statement, String index) {
        return statement.locksTaken().stream().anyMatch(lock -> lock.relation().equals(index));
    }

    /** The indexes of a table, by name, sorted: the trace's maps have no order. */
    private static List<String> onTable(Map<String, String> indexes, String table) {
        return new TreeMap<>(indexes).entrySet().stream().filter(entry -> entry.getValue().equals(table))
                .map(Map.Entry::getKey).toList();
    }
}
