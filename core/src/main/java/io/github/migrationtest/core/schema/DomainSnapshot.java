package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain: a base type with a default, {@code NOT NULL} and check constraints.
 *
 * @param schema the domain's schema
 * @param name the domain's name
 * @param type the base type ({@code format_type}, with modifiers), such as {@code character varying(254)}
 * @param notNull whether the domain is {@code NOT NULL}
 * @param defaultExpression the default, as {@code pg_get_expr} writes it
 * @param constraints the check constraints, each as its name and {@code pg_get_constraintdef}
 *     ({@code email_check CHECK ((VALUE ~~ '%@%'::text))}), sorted by name
 * @param owner the role that owns the domain
 * @since 0.1
 */
public record DomainSnapshot(String schema, String name, String type, boolean notNull,
        Optional<String> defaultExpression, List<String> constraints, String owner) implements SchemaObject {

    public DomainSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        constraints = List.copyOf(constraints);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.DOMAIN;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("not null", notNull);
        properties.put("default", defaultExpression);
        properties.put("constraints", constraints);
        properties.put("owner", owner);
        return Collections.unmodifiableMap(properties);
    }
}
