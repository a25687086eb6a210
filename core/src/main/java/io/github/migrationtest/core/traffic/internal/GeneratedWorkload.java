package io.github.migrationtest.core.traffic.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Per table, a read of one row and a write of one row.
 *
 * <p>The write assigns a column its own value on the first row the table returns. It takes ROW EXCLUSIVE on the table
 * (so SHARE and stronger locks block it, as they block the application's writes) and the row's lock (so a backfill
 * holding that row blocks it too). The worker rolls it back, with whatever its triggers did.
 */
public final class GeneratedWorkload implements Workload {

    private final List<TrafficQuery> queries;

    /**
     * The workload of these tables.
     *
     * @throws IllegalArgumentException if a table is not in the snapshot
     */
    public GeneratedWorkload(SchemaSnapshot snapshot, Collection<String> tables) {
        List<TrafficQuery> list = new ArrayList<>();
        for (String table : tables) {
            TableSnapshot found = snapshot.tables().stream().filter(t -> t.path().equals(table)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no table " + table + " in the schema snapshot;"
                            + " give tables as schema.name, such as public.users"));
            String name = quote(found.schema()) + "." + quote(found.name());
            list.add(new TrafficQuery(table, false, "SELECT * FROM " + name + " LIMIT 1"));
            list.add(new TrafficQuery(table, true, write(snapshot, found, name)));
        }
        this.queries = List.copyOf(list);
    }

    @Override
    public List<TrafficQuery> queries() {
        return queries;
    }

    private static String write(SchemaSnapshot snapshot, TableSnapshot table, String name) {
        Optional<ColumnSnapshot> assignable = snapshot.columns().stream()
                .filter(c -> c.tablePath().equals(table.path()))
                .filter(c -> c.identity() != ColumnSnapshot.Identity.ALWAYS && c.generated().isEmpty())
                .min(Comparator.comparingInt(ColumnSnapshot::position));
        if (assignable.isEmpty()) {
            // Nothing to assign: still ROW EXCLUSIVE on the table, though no row is touched.
            return "DELETE FROM " + name + " WHERE false";
        }
        String column = quote(assignable.get().name());
        return "UPDATE " + name + " SET " + column + " = " + column
                + " WHERE ctid = (SELECT ctid FROM " + name + " LIMIT 1)";
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
