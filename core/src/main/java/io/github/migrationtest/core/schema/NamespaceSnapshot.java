package io.github.migrationtest.core.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A schema ({@code pg_namespace}); its path is its name.
 *
 * @param name the schema's name
 * @param owner the role that owns the schema
 * @since 0.1
 */
public record NamespaceSnapshot(String name, String owner) implements SchemaObject {

    public NamespaceSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SCHEMA;
    }

    @Override
    public String path() {
        return name;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("owner", owner);
    }
}
