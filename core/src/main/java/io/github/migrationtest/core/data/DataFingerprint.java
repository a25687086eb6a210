package io.github.migrationtest.core.data;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of every table of a snapshot: count, order-independent content hash and, for small tables, the rows.
 * Read in one query. Rows are compared as {@code to_jsonb(row)}, by column name, so a column that a down re-adds at
 * another position still compares equal, and one it re-adds empty does not.
 *
 * <p>Ordinary and partitioned tables are read (a partitioned table with its partitions' rows, and each partition on
 * its own too); foreign tables, views and the migration tools' history tables are not.
 *
 * @since 0.1
 */
public final class DataFingerprint {

    /** Tables with at most this many rows keep them, so a difference can show the rows. */
    public static final int KEPT_ROWS = 1000;

    private final Map<String, TableData> tables;

    private DataFingerprint(Map<String, TableData> tables) {
        this.tables = Collections.unmodifiableMap(tables);
    }

    /**
     * Reads the rows of the snapshot's tables.
     *
     * @param connection a connection to the snapshot's database
     * @param snapshot the tables to read
     * @throws SQLException if a table cannot be read
     */
    public static DataFingerprint capture(Connection connection, SchemaSnapshot snapshot) throws SQLException {
        List<TableSnapshot> targets = snapshot.tables().stream()
                .filter(table -> table.type() != TableSnapshot.Type.FOREIGN).toList();
        Map<String, TableData> tables = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return new DataFingerprint(tables);
        }
        List<String> parts = new ArrayList<>();
        for (TableSnapshot table : targets) {
            String name = quote(table.schema()) + "." + quote(table.name());
            parts.add("SELECT " + literal(table.path()) + " AS t, count(*) AS n, "
                    + "coalesce(sum(('x' || substr(md5(j), 1, 15))::bit(60)::bigint), 0)::text AS h, "
                    + "CASE WHEN count(*) <= " + KEPT_ROWS + " THEN array_agg(j ORDER BY j) END AS r "
                    + "FROM (SELECT to_jsonb(x)::text AS j FROM " + name + " x) s");
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(String.join("\nUNION ALL\n", parts))) {
            while (rs.next()) {
                Array rows = rs.getArray(4);
                Optional<List<String>> content = Optional.empty();
                if (rows != null) {
                    content = Optional.of(Arrays.asList((String[]) rows.getArray()));
                } else if (rs.getLong(2) == 0) {
                    content = Optional.of(List.of());
                }
                tables.put(rs.getString(1), new TableData(rs.getString(1), rs.getLong(2), rs.getString(3), content));
            }
        }
        return new DataFingerprint(tables);
    }

    /** The tables read, by path. */
    public Map<String, TableData> tables() {
        return tables;
    }

    /** A table's rows, if it was read. */
    public Optional<TableData> table(String path) {
        return Optional.ofNullable(tables.get(path));
    }

    /** The tables that have no rows. */
    public Set<String> emptyTables() {
        Set<String> empty = new TreeSet<>();
        tables.values().stream().filter(table -> table.rows() == 0).forEach(table -> empty.add(table.table()));
        return empty;
    }

    /**
     * The tables present in both whose rows differ, in this fingerprint's order.
     *
     * @param after the later fingerprint
     */
    public List<TableDataChange> changesTo(DataFingerprint after) {
        List<TableDataChange> changes = new ArrayList<>();
        for (TableData before : tables.values()) {
            TableData later = after.tables.get(before.table());
            if (later == null || before.sameRowsAs(later)) {
                continue;
            }
            List<String> missing = List.of();
            List<String> added = List.of();
            if (before.content().isPresent() && later.content().isPresent()) {
                missing = sample(before.content().get(), later.content().get());
                added = sample(later.content().get(), before.content().get());
            }
            changes.add(new TableDataChange(before.table(), before.rows(), later.rows(), missing, added));
        }
        return changes;
    }

    // rows of `from` not matched one for one in `other` (multiset difference), at most SAMPLE of them
    private static List<String> sample(List<String> from, List<String> other) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        other.forEach(row -> counts.merge(row, 1, Integer::sum));
        List<String> rows = new ArrayList<>();
        for (String row : from) {
            Integer left = counts.get(row);
            if (left == null || left == 0) {
                if (rows.size() < TableDataChange.SAMPLE) {
                    rows.add(row);
                }
            } else {
                counts.put(row, left - 1);
            }
        }
        return rows;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return "DataFingerprint" + tables.keySet();
    }
}
