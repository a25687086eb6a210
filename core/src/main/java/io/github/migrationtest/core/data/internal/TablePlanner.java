package io.github.migrationtest.core.data.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides, for one table, which columns the {@code INSERT} names and where each value comes from, or why the table
 * cannot be filled. Parent keys are read from the database, so parents must be filled first.
 */
public final class TablePlanner {

    /** Enough parent rows to pick distinct keys from, few enough to read quickly. */
    private static final int PARENT_KEYS = 1000;

    private final Connection connection;
    private final SchemaSnapshot snapshot;
    private final TypeResolver types;

    public TablePlanner(Connection connection, SchemaSnapshot snapshot) {
        this.connection = connection;
        this.snapshot = snapshot;
        this.types = new TypeResolver(snapshot);
    }

    /** The table's foreign keys that this reads; others are left for the database to enforce. */
    public List<ForeignKey> foreignKeys(String table) {
        return constraints(table).stream().map(ForeignKey::of).flatMap(Optional::stream).toList();
    }

    /** Whether every column of the foreign key may be {@code NULL}, so that it need not point anywhere. */
    public boolean optional(ForeignKey key) {
        Map<String, ColumnSnapshot> columns = columnsByName(key.table());
        return key.columns().stream().allMatch(c -> columns.containsKey(c) && !notNull(columns.get(c)));
    }

    /**
     * The plan for a table.
     *
     * @param table the table's path
     * @param reasons why tables already given up on could not be filled, quoted when a parent is one of them
     * @return the plan, or the reason the table cannot be filled
     */
    public Planned plan(String table, Map<String, String> reasons) throws SQLException {
        List<ColumnSnapshot> columns = snapshot.columns().stream().filter(c -> c.tablePath().equals(table))
                .sorted(Comparator.comparingInt(ColumnSnapshot::position)).toList();
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<ForeignKey> selfKeys = new ArrayList<>();
        for (ForeignKey key : foreignKeys(table)) {
            if (key.selfReferencing()) {
                selfKeys.add(key);
                continue;
            }
            String reason = parentCells(table, key, cells, reasons);
            if (reason != null) {
                return Planned.failed(reason);
            }
        }
        List<PlannedColumn> planned = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Set<String>> columnDomains = new HashMap<>();
        for (ColumnSnapshot column : columns) {
            Cell cell = cells.get(column.name());
            if (cell == null && leftToDatabase(column)) {
                continue;
            }
            if (cell == null && isSelfKeyColumn(column.name(), selfKeys)) {
                cell = new Cell.Null(); // decided below, once the referenced columns have their indexes
            }
            if (cell == null) {
                ColumnType type = types.resolve(column.type(), column.path());
                columnDomains.put(column.name(), type.domains());
                if (type.values().isPresent()) {
                    cell = new Cell.Generated(type.values().get());
                } else if (column.defaultExpression().isPresent()) {
                    continue;
                } else if (!column.notNull() && !type.notNull()) {
                    cell = new Cell.Null();
                } else {
                    return Planned.failed("column " + column.name() + " is NOT NULL and its type "
                            + type.unsupported() + " has no generator");
                }
            }
            index.put(column.name(), planned.size());
            planned.add(new PlannedColumn(column.name(), column.type(), cell));
        }
        for (ForeignKey key : selfKeys) {
            String reason = selfCells(key, optional(key), planned, index);
            if (reason != null) {
                return Planned.failed(reason);
            }
        }
        return Planned.of(new TablePlan(table, planned, checkColumns(table, planned, columnDomains)));
    }

    /** Fills the cells of a foreign key's columns from the parent's existing keys, or returns why it cannot. */
    private String parentCells(String table, ForeignKey key, Map<String, Cell> cells, Map<String, String> reasons)
            throws SQLException {
        List<List<String>> keys = parentKeys(key);
        if (keys.isEmpty()) {
            if (optional(key)) {
                key.columns().forEach(c -> cells.putIfAbsent(c, new Cell.Null()));
                return null;
            }
            String why = reasons.get(key.parent());
            return "foreign key " + key.name() + " needs a row in " + key.parent() + ", which has none"
                    + (why == null ? "" : " (" + key.parent() + ": " + why + ")");
        }
        for (int i = 0; i < key.columns().size(); i++) {
            cells.putIfAbsent(key.columns().get(i), new Cell.ParentKey(keys, i));
        }
        return null;
    }

    /** A nullable self-reference is left {@code NULL}; a NOT NULL one points at its own row. */
    private static String selfCells(ForeignKey key, boolean nullable, List<PlannedColumn> planned,
            Map<String, Integer> index) {
        for (int i = 0; i < key.columns().size(); i++) {
            Integer own = index.get(key.columns().get(i));
            if (own == null || !(planned.get(own).cell() instanceof Cell.Null)) {
                continue; // the database generates it, or another key already decided it
            }
            Integer referenced = index.get(key.parentColumns().get(i));
            if (referenced == null || !(planned.get(referenced).cell() instanceof Cell.Generated)) {
                if (nullable) {
                    continue;
                }
                return "self-referencing foreign key " + key.name() + " needs " + key.parentColumns().get(i)
                        + ", which the database generates";
            }
            if (!nullable) {
                PlannedColumn column = planned.get(own);
                planned.set(own, new PlannedColumn(column.name(), column.type(), new Cell.SameRow(referenced)));
            }
        }
        return null;
    }

    private List<List<String>> parentKeys(ForeignKey key) throws SQLException {
        String columns = key.parentColumns().stream().map(Identifiers::quote).collect(Collectors.joining(", "));
        // Aliased, so that ORDER BY sorts by the columns' own type rather than by their text.
        String select = key.parentColumns().stream().map(c -> Identifiers.quote(c) + "::text AS k")
                .collect(Collectors.joining(", "));
        String notNull = key.parentColumns().stream().map(c -> Identifiers.quote(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT " + select + " FROM " + Identifiers.quotePath(key.parent()) + " WHERE " + notNull
                + " ORDER BY " + columns + " LIMIT " + PARENT_KEYS;
        List<List<String>> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= key.parentColumns().size(); i++) {
                    row.add(rows.getString(i));
                }
                keys.add(List.copyOf(row));
            }
        }
        return List.copyOf(keys);
    }

    /** For each check constraint, the columns its definition names; for each domain check, the domain's columns. */
    private Map<String, Set<Integer>> checkColumns(String table, List<PlannedColumn> planned,
            Map<String, Set<String>> columnDomains) {
        Map<String, Set<Integer>> checks = new HashMap<>();
        for (ConstraintSnapshot constraint : constraints(table)) {
            if (constraint.type() != ConstraintSnapshot.Type.CHECK) {
                continue;
            }
            Set<Integer> named = new HashSet<>();
            for (int i = 0; i < planned.size(); i++) {
                if (mentions(constraint.definition(), planned.get(i).name())) {
                    named.add(i);
                }
            }
            checks.computeIfAbsent(constraint.name(), n -> new HashSet<>()).addAll(named);
        }
        for (int i = 0; i < planned.size(); i++) {
            for (String domain : columnDomains.getOrDefault(planned.get(i).name(), Set.of())) {
                for (String name : types.domainConstraints(domain)) {
                    checks.computeIfAbsent(name, n -> new HashSet<>()).add(i);
                }
            }
        }
        return checks;
    }

    private static boolean mentions(String definition, String column) {
        return definition.contains(Identifiers.quote(column))
                || Pattern.compile("(?<![\\w\"$])" + Pattern.quote(column) + "(?![\\w\"$])").matcher(definition)
                        .find();
    }

    /** Identity, generated and serial columns: the database's own values are the realistic ones. */
    private static boolean leftToDatabase(ColumnSnapshot column) {
        return column.identity() != ColumnSnapshot.Identity.NONE || column.generated().isPresent()
                || column.defaultExpression().filter(d -> d.contains("nextval(")).isPresent();
    }

    private static boolean isSelfKeyColumn(String column, List<ForeignKey> selfKeys) {
        return selfKeys.stream().anyMatch(k -> k.columns().contains(column));
    }

    private boolean notNull(ColumnSnapshot column) {
        return column.notNull() || types.resolve(column.type(), column.path()).notNull();
    }

    private List<ConstraintSnapshot> constraints(String table) {
        return snapshot.constraints().stream().filter(c -> (c.schema() + "." + c.table()).equals(table)).toList();
    }

    private Map<String, ColumnSnapshot> columnsByName(String table) {
        return snapshot.columns().stream().filter(c -> c.tablePath().equals(table))
                .collect(Collectors.toMap(ColumnSnapshot::name, c -> c));
    }

    /** A plan or the reason there is none. */
    public record Planned(TablePlan plan, String reason) {

        static Planned of(TablePlan plan) {
            return new Planned(plan, null);
        }

        static Planned failed(String reason) {
            return new Planned(null, reason);
        }
    }
}
