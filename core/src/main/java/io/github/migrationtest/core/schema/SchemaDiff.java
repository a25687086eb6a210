package io.github.migrationtest.core.schema;

import io.github.migrationtest.core.schema.internal.DiffRendering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How two {@link SchemaSnapshot}s differ: the objects added, the objects removed, and the objects whose properties
 * changed, each changed property with both values.
 *
 * <p>Objects are matched by kind and path, so a renamed object is one removed and one added. Every property that
 * {@link SchemaObject#properties()} lists is compared exactly; in particular column positions count, and
 * system-generated constraint and index names count. Anything a snapshot does not capture (see
 * {@link SchemaSnapshot}) cannot show up here.
 *
 * <p>{@link #toString()} renders one line per change, grouped by object and prefixed by the object's path:
 * <pre>
 * - table public.orders
 * public.users.email: type character varying(255) → character varying(46)
 * + index public.users_email_idx: CREATE INDEX users_email_idx ON public.users USING btree (email)
 * </pre>
 *
 * @param added the objects only the second snapshot has, sorted by kind and path
 * @param removed the objects only the first snapshot has, sorted by kind and path
 * @param changed the objects both have with different properties, sorted by kind and path
 * @since 0.1
 */
public record SchemaDiff(List<SchemaObject> added, List<SchemaObject> removed, List<ObjectChange> changed) {

    public SchemaDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * The difference from {@code before} to {@code after}.
     *
     * @param before the first snapshot, such as the schema before a migration
     * @param after the second snapshot
     * @return the difference, empty when the snapshots are equal
     */
    public static SchemaDiff between(SchemaSnapshot before, SchemaSnapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<Key, SchemaObject> remaining = index(before);
        List<SchemaObject> added = new ArrayList<>();
        List<ObjectChange> changed = new ArrayList<>();
        for (SchemaObject object : after.objects()) {
            SchemaObject old = remaining.remove(new Key(object.kind(), object.path()));
            if (old == null) {
                added.add(object);
            } else if (!old.equals(object)) {
                List<PropertyChange> changes = changes(old, object);
                if (!changes.isEmpty()) {
                    changed.add(new ObjectChange(old, object, changes));
                }
            }
        }
        return new SchemaDiff(added, List.copyOf(remaining.values()), changed);
    }

    /**
     * The difference from {@code before} to {@code after} as the equivalence sees it: objects it leaves out are not
     * compared, properties it ignores do not count (see {@link Equivalence} for what each option hides and what
     * stays visible). The objects in the diff are the rewritten ones, so an ignored owner shows as empty and a
     * generated name as the definition.
     *
     * @param before the first snapshot
     * @param after the second snapshot
     * @param equivalence what to ignore; {@link Equivalence#EXACT} compares like {@link #between(SchemaSnapshot,
     *     SchemaSnapshot)}
     * @return the difference, empty when the snapshots are equivalent
     */
    public static SchemaDiff between(SchemaSnapshot before, SchemaSnapshot after, Equivalence equivalence) {
        Objects.requireNonNull(equivalence, "equivalence");
        return between(equivalence.apply(before), equivalence.apply(after));
    }

    private static Map<Key, SchemaObject> index(SchemaSnapshot snapshot) {
        Map<Key, SchemaObject> objects = new LinkedHashMap<>();
        for (SchemaObject object : snapshot.objects()) {
            objects.putIfAbsent(new Key(object.kind(), object.path()), object);
        }
        return objects;
    }

    private static List<PropertyChange> changes(SchemaObject before, SchemaObject after) {
        Map<String, Object> old = before.properties();
        List<PropertyChange> changes = new ArrayList<>();
        after.properties().forEach((name, value) -> {
            Object previous = old.get(name);
            if (!Objects.equals(previous, value)) {
                changes.add(new PropertyChange(name, previous, value));
            }
        });
        return changes;
    }

    /** Whether the snapshots are equal. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * One line per change, grouped by object (sorted by path; for one path,
     * removals first, then additions, then changes): {@code + kind path: summary} for an added
     * object, {@code - kind path: summary} for a removed one, {@code path: property before → after} for each changed
     * property. Values are written on one line (runs of white space become one space).
     *
     * @return the lines, empty when the snapshots are equal
     */
    public List<String> lines() {
        return DiffRendering.lines(this);
    }

    /** The {@linkplain #lines() lines}, separated by new lines; empty when the snapshots are equal. */
    @Override
    public String toString() {
        return String.join("\n", lines());
    }

    private record Key(ObjectKind kind, String path) {
    }
}
