package io.github.migrationtest.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * An object present in both snapshots, with different properties.
 *
 * @param before the object in the first snapshot
 * @param after the object in the second snapshot, of the same kind and path
 * @param changes the properties that differ, in the order {@link SchemaObject#properties()} lists them
 * @since 0.1
 */
public record ObjectChange(SchemaObject before, SchemaObject after, List<PropertyChange> changes) {

    public ObjectChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /** The kind of the changed object. */
    public ObjectKind kind() {
        return after.kind();
    }

    /** The path of the changed object. */
    public String path() {
        return after.path();
    }
}
