package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enum type with its labels in their sort order.
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param labels the labels, in the order the type sorts them
 * @param owner the role that owns the type
 * @since 0.1
 */
public record EnumTypeSnapshot(String schema, String name, List<String> labels, String owner)
        implements SchemaObject {

    public EnumTypeSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
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
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("labels", labels);
        properties.put("owner", owner);
        return Collections.unmodifiableMap(properties);
    }
}
