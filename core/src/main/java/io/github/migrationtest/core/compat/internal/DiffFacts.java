package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Facts read off a step's added and removed objects: which removal looks like a rename. */
public final class DiffFacts {

    private DiffFacts() {
    }

    /**
     * The column added to the same table with the same type, when exactly one matches: a removed column plus such an
     * added one is most likely a rename.
     */
    public static Optional<ColumnSnapshot> renamedTo(ColumnSnapshot removed, List<SchemaObject> added) {
        List<ColumnSnapshot> candidates = added.stream().filter(ColumnSnapshot.class::isInstance)
                .map(ColumnSnapshot.class::cast)
                .filter(c -> c.tablePath().equals(removed.tablePath()) && c.type().equals(removed.type()))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * The table added with the same schema and the same column names and types, when exactly one matches: a rename.
     *
     * @param removedColumns the columns the step removed; {@code addedObjects} the objects it added
     */
    public static Optional<TableSnapshot> renamedTo(TableSnapshot removed, List<SchemaObject> removedColumns,
            List<SchemaObject> addedObjects) {
        Set<String> shape = columnShape(removed.path(), removedColumns);
        List<TableSnapshot> candidates = addedObjects.stream().filter(TableSnapshot.class::isInstance)
                .map(TableSnapshot.class::cast)
                .filter(t -> t.schema().equals(removed.schema()) && columnShape(t.path(), addedObjects).equals(shape))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static Set<String> columnShape(String table, List<SchemaObject> objects) {
        return objects.stream().filter(ColumnSnapshot.class::isInstance).map(ColumnSnapshot.class::cast)
                .filter(c -> c.tablePath().equals(table)).map(c -> c.name() + " " + c.type())
                .collect(Collectors.toSet());
    }

    /** {@code users.email} for a path in {@code public}, the full path otherwise. */
    public static String shortPath(String path) {
        return path.startsWith("public.") ? path.substring("public.".length()) : path;
    }
}
