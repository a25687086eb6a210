package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the probe reads besides the tenant tables, and what it needs to know about each: views and materialized
 * views over tenant tables that show a tenant column, partitions and inheritance children, SECURITY DEFINER functions
 * with a tenant parameter, and the application's SELECT privileges.
 */
public final class ProbeTargets {

    // views over views too: a view over a view that reads with its owner's rights leaks the same way
    private static final String DEPENDENT_VIEWS = """
            WITH RECURSIVE dependent(oid) AS (
                SELECT rw.ev_class FROM pg_rewrite rw
                  JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
                                  AND d.refclassid = 'pg_class'::regclass
                 WHERE d.refobjid = ANY (%s) AND rw.ev_class <> d.refobjid
                UNION
                SELECT rw.ev_class FROM dependent
                  JOIN pg_depend d ON d.refobjid = dependent.oid AND d.classid = 'pg_rewrite'::regclass
                                  AND d.refclassid = 'pg_class'::regclass
                  JOIN pg_rewrite rw ON rw.oid = d.objid
                 WHERE rw.ev_class <> dependent.oid)
            SELECT DISTINCT n.nspname || '.' || v.relname, v.relkind::text
              FROM dependent JOIN pg_class v ON v.oid = dependent.oid JOIN pg_namespace n ON n.oid = v.relnamespace
             WHERE v.relkind IN ('v', 'm')
             ORDER BY 1""";
    private static final String CHILDREN = """
            SELECT n.nspname || '.' || c.relname, pn.nspname || '.' || p.relname, c.relispartition::text
              FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhparent = ANY (%s) ORDER BY 1""";
    private static final String RELATION_COLUMNS = """
            SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped
            """;
    private static final String INSERTABLE = """
            SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped
               AND attgenerated = '' ORDER BY attnum""";
    private static final String CAN_SELECT = "SELECT has_table_privilege(?, ?::regclass, 'SELECT')::text";
    private static final String FUNCTIONS = """
            SELECT n.nspname, p.proname, p.oid::regprocedure::text, p.proretset::text,
                   (SELECT string_agg(coalesce(p.proargnames[a.n], '') || ':' || format_type(a.t, NULL), '|'
                                      ORDER BY a.n)
                      FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]),
                                  coalesce(p.proargmodes, array_fill('i'::"char", ARRAY[p.pronargs::int])))
                           WITH ORDINALITY AS a(t, m, n)
                     WHERE a.m IN ('i', 'b', 'v'))
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.prosecdef AND p.prokind = 'f' AND p.pronargs > 0
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND has_function_privilege(?, p.oid, 'EXECUTE')
             ORDER BY 3""";

    private final Map<String, String> readables;
    private final Map<String, String> kinds;
    private final Map<String, String> types;
    private final Map<String, List<String>> insertable;
    private final Set<String> selectable;
    private final List<Call> calls;

    private ProbeTargets(Map<String, String> readables, Map<String, String> kinds, Map<String, String> types,
            Map<String, List<String>> insertable, Set<String> selectable, List<Call> calls) {
        this.readables = readables;
        this.kinds = kinds;
        this.types = types;
        this.insertable = insertable;
        this.selectable = selectable;
        this.calls = calls;
    }

    /** The targets around the seeded tenant tables. */
    public static ProbeTargets of(Connection connection, SchemaSnapshot snapshot, TenantModel model,
            Collection<String> seeded) throws SQLException {
        String tables = Queries.tables(seeded);
        Map<String, String> readables = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, List<String>> insertable = new HashMap<>();
        for (String table : seeded) {
            types.put(table, Seeder.type(snapshot, table, model.tenantTables().get(table)));
            insertable.put(table, Sql.column(connection, INSERTABLE, Sql.qualified(table)));
        }
        Set<String> columns = new HashSet<>(model.tenantTables().values());
        for (List<String> row : Sql.rows(connection, DEPENDENT_VIEWS.formatted(tables))) {
            // a view is probed by the first tenant column it shows
            Sql.column(connection, RELATION_COLUMNS, Sql.qualified(row.get(0))).stream().filter(columns::contains).findFirst()
                    .ifPresent(column -> {
                        readables.putIfAbsent(row.get(0), column);
                        kinds.put(row.get(0), "m".equals(row.get(1)) ? "materialized view" : "view");
                    });
        }
        for (List<String> row : Sql.rows(connection, CHILDREN.formatted(tables))) {
            readables.putIfAbsent(row.get(0), model.tenantTables().get(row.get(1)));
            kinds.put(row.get(0), "true".equals(row.get(2)) ? "partition" : "child table");
        }
        Set<String> selectable = new HashSet<>();
        for (String relation : concat(seeded, readables.keySet())) {
            if ("true".equals(Sql.column(connection, CAN_SELECT, model.appRole(), Sql.qualified(relation)).get(0))) {
                selectable.add(relation);
            }
        }
        List<Call> calls = Sql.rows(connection, FUNCTIONS, model.appRole()).stream()
                .map(row -> Call.of(row, columns)).filter(call -> call != null).toList();
        return new ProbeTargets(readables, kinds, types, insertable, selectable, calls);
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Views, materialized views, partitions and children to read, with the tenant column to read them by. */
    public Map<String, String> readables() {
        return readables;
    }

    /** What a readable is: view, materialized view, partition, child table. */
    public String kind(String relation) {
        return kinds.getOrDefault(relation, "table");
    }

    /** The tenant column's type of a tenant table. */
    public String type(String table) {
        return types.getOrDefault(table, "text");
    }

    /** The columns of a tenant table an INSERT may name (not generated ones). */
    public List<String> insertable(String table) {
        return insertable.getOrDefault(table, List.of());
    }

    /** Whether the application role may SELECT from the relation at all. */
    public boolean canSelect(String relation) {
        return selectable.contains(relation);
    }

    /** The SECURITY DEFINER functions to call with B's key. */
    public List<Call> calls() {
        return calls;
    }

    /**
     * One call of a SECURITY DEFINER function: B's key for its tenant parameters, NULL for the others.
     *
     * @param function the signature
     * @param sql the call, with {@code %s} for the key's literal
     * @param setReturning whether the function returns a set (the rows are counted)
     */
    public record Call(String function, String sql, boolean setReturning) {

        static Call of(List<String> row, Set<String> tenantColumns) {
            String[] arguments = row.get(4) == null ? new String[0] : row.get(4).split("\\|");
            StringBuilder values = new StringBuilder();
            boolean tenant = false;
            for (String argument : arguments) {
                int colon = argument.indexOf(':');
                String name = argument.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
                String type = argument.substring(colon + 1);
                boolean isTenant = name.contains("tenant") || tenantColumns.contains(name)
                        || tenantColumns.contains(name.replaceFirst("^(p_|_|in_|arg_)", ""));
                tenant |= isTenant;
                values.append(values.length() == 0 ? "" : ", ").append(isTenant ? "%1$s::" + type : "NULL::" + type);
            }
            if (!tenant) {
                return null;
            }
            String call = Sql.identifier(row.get(0)) + "." + Sql.identifier(row.get(1)) + "(" + values + ")";
            boolean set = "true".equals(row.get(3));
            return new Call(row.get(2), set ? "SELECT count(*)::text FROM " + call : "SELECT (" + call + ")::text",
                    set);
        }

        /** The call with the tenant's key. */
        public String sql(String tenant) {
            return sql.formatted(Sql.literal(tenant));
        }

        /** Whether the result carries data: rows, or a value that is not null, zero, false or empty. */
        public boolean leaked(ProbeSession.Outcome outcome) {
            if (setReturning) {
                return outcome.count() > 0;
            }
            String text = outcome.text().trim();
            return !(text.isEmpty() || text.equals("0") || text.equals("f") || text.equals("[]")
                    || text.equals("{}") || text.equals("()"));
        }

        /** What the call returned, for the message. */
        public String describe(ProbeSession.Outcome outcome) {
            return setReturning ? outcome.count() + " row(s)" : outcome.text();
        }
    }
}
