package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A composite type made by {@code CREATE TYPE ... AS (...)} (tables' row types are not captured as types).
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param attributes the attributes in order, each as its name and type ({@code format_type}, with modifiers), such
 *     as {@code amount numeric(10,2)}, with {@code COLLATE} when not the type's default
 * @param owner the role that owns the type
 * @since 0.1
 */
public record CompositeTypeSnapshot(String schema, String name, List<String> attributes, String owner)
        implements SchemaObject {

    public CompositeTypeSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        attributes = List.copyOf(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.COMPOSITE_TYPE;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("attributes", attributes);
        properties.put("owner", owner);
        return Collections.unmodifiableMap(properties);
    }
}
