package io.github.migrationtest.core.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enum type with its labels in their sort order.
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param labels the labels, in the order the type sorts them
 * @since 0.1
 */
public record EnumTypeSnapshot(String schema, String name, List<String> labels) implements SchemaObject {

    public EnumTypeSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ENUM_TYPE;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("labels", labels);
    }
}
