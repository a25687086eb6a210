package io.github.migrationtest.core.schema;

import java.util.Objects;

/**
 * One property of an object that differs between two snapshots.
 *
 * @param name the property's name, as {@link SchemaObject#properties()} names it ({@code type}, {@code not null})
 * @param before the value before
 * @param after the value after
 * @since 0.1
 */
public record PropertyChange(String name, Object before, Object after) {

    public PropertyChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
