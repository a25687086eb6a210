package io.github.migrationtest.core.data.internal;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One fill: picks the target tables (partitions stand for their partitioned table, empty parents join), orders them
 * parents first, then plans and fills each in turn. Runs inside the caller's transaction.
 */
public final class SynthesisRun {

    private final Connection connection;
    private final SchemaSnapshot snapshot;
    private final int rows;
    private final TablePlanner planner;
    private final Map<String, TableSnapshot> tables;
    private final Map<String, Integer> filled = new TreeMap<>();
    private final Map<String, String> unfillable = new TreeMap<>();
    private final Map<String, String> throughParent = new TreeMap<>();

    public SynthesisRun(Connection connection, SchemaSnapshot snapshot, int rows) {
        this.connection = connection;
        this.snapshot = snapshot;
        this.rows = rows;
        this.planner = new TablePlanner(connection, snapshot);
        this.tables = snapshot.tables().stream().collect(Collectors.toMap(TableSnapshot::path, Function.identity()));
    }

    /** Fills the tables and returns what it did. */
    public Outcome run(Collection<String> requested) throws SQLException {
        Map<String, String> roots = Partitions.roots(connection);
        Set<String> targets = new TreeSet<>();
        for (String table : requested) {
            String target = roots.getOrDefault(table, table);
            if (!target.equals(table)) {
                throughParent.put(table, target);
            }
            String reason = notATarget(target);
            if (reason == null) {
                targets.add(target);
            } else {
                unfillable.put(table, reason);
            }
        }
        addEmptyParents(targets, roots);
        Map<String, Set<String>> required = new HashMap<>();
        Map<String, Set<String>> optional = new HashMap<>();
        for (String table : targets) {
            for (ForeignKey key : planner.foreignKeys(table)) {
                if (!key.selfReferencing()) {
                    (planner.optional(key) ? optional : required).computeIfAbsent(table, t -> new HashSet<>())
                            .add(roots.getOrDefault(key.parent(), key.parent()));
                }
            }
        }
        FillOrder order = FillOrder.of(targets, required, optional);
        for (String table : order.tables()) {
            fill(table);
        }
        unfillable.putAll(order.unordered());
        return new Outcome(filled, unfillable, throughParent);
    }

    private void fill(String table) throws SQLException {
        TablePlanner.Planned planned = planner.plan(table, unfillable);
        if (planned.plan() == null) {
            unfillable.put(table, planned.reason());
            return;
        }
        TableFiller.Filled result = new TableFiller(connection, planned.plan(), rows).fill();
        if (result.rows() > 0) {
            filled.put(table, result.rows());
        } else {
            unfillable.put(table, result.reason());
        }
    }

    private String notATarget(String table) {
        TableSnapshot snapshotTable = tables.get(table);
        if (snapshotTable == null) {
            boolean view = snapshot.views().stream().map(ViewSnapshot::path).anyMatch(table::equals);
            return view ? "a view, not a table" : "no such table in the snapshot";
        }
        return snapshotTable.type() == TableSnapshot.Type.FOREIGN ? "a foreign table, not filled" : null;
    }

    /** Parents that foreign keys need and that have no rows join the targets, transitively. */
    private void addEmptyParents(Set<String> targets, Map<String, String> roots) throws SQLException {
        Deque<String> pending = new ArrayDeque<>(targets);
        while (!pending.isEmpty()) {
            for (ForeignKey key : planner.foreignKeys(pending.pop())) {
                String parent = roots.getOrDefault(key.parent(), key.parent());
                if (!targets.contains(parent) && notATarget(parent) == null && empty(parent)) {
                    targets.add(parent);
                    pending.add(parent);
                }
            }
        }
    }

    private boolean empty(String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT NOT EXISTS (SELECT FROM " + Identifiers.quotePath(table) + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * What a run did.
     *
     * @param filled rows inserted per table
     * @param unfillable why each table that got no row got none
     * @param throughParent each requested partition and the partitioned table filled in its place
     */
    public record Outcome(Map<String, Integer> filled, Map<String, String> unfillable,
            Map<String, String> throughParent) {
    }
}
