package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The comment on an object ({@code COMMENT ON}, {@code pg_description}). The path is {@code comment on} and the
 * commented object's path: {@code comment on public.orders}, {@code comment on public.orders.total}.
 *
 * @param on what the object is: table, view, materialized view, sequence, index, foreign table, column, constraint,
 *     domain constraint, function, procedure, type, domain, schema, trigger or policy
 * @param object the commented object's path, as its own kind names it
 * @param text the comment
 * @since 0.1
 */
public record CommentSnapshot(String on, String object, String text) implements SchemaObject {

    public CommentSnapshot {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.COMMENT;
    }

    @Override
    public String path() {
        return "comment on " + object;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("on", on);
        properties.put("text", text);
        return Collections.unmodifiableMap(properties);
    }
}
