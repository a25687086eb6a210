package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A view or a materialized view.
 *
 * @param schema the view's schema
 * @param name the view's name
 * @param materialized whether this is a materialized view
 * @param definition the query as {@code pg_get_viewdef} writes it (its layout differs between PostgreSQL majors)
 * @param options the view's options ({@code reloptions}), such as {@code security_invoker=true}, sorted
 * @param owner the role that owns the view
 * @since 0.1
 */
public record ViewSnapshot(String schema, String name, boolean materialized, String definition, List<String> options,
        String owner) implements SchemaObject {

    public ViewSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(owner, "owner");
        options = options.stream().sorted().toList();
    }

    @Override
    public ObjectKind kind() {
        return materialized ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("definition", definition);
        properties.put("options", options);
        properties.put("owner", owner);
        return Collections.unmodifiableMap(properties);
    }
}
