package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An index of a table or materialized view. Indexes live in a schema, so the path is {@code schema.index}.
 *
 * @param schema the index's schema
 * @param name the index's name
 * @param table the path of the indexed table or materialized view
 * @param definition the full definition as {@code pg_get_indexdef} writes it
 * @param unique whether the index is unique
 * @param primary whether the index backs the primary key
 * @param valid {@code false} for an index left invalid, for instance by a failed {@code CREATE INDEX CONCURRENTLY}
 * @param predicate the {@code WHERE} clause of a partial index
 * @since 0.1
 */
public record IndexSnapshot(String schema, String name, String table, String definition, boolean unique,
        boolean primary, boolean valid, Optional<String> predicate) implements SchemaObject {

    public IndexSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.INDEX;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("table", table);
        properties.put("definition", definition);
        properties.put("unique", unique);
        properties.put("primary", primary);
        properties.put("valid", valid);
        properties.put("predicate", predicate);
        return Collections.unmodifiableMap(properties);
    }
}
