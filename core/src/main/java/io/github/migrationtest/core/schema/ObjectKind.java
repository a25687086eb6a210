package io.github.migrationtest.core.schema;

/**
 * The kinds of object a {@link SchemaSnapshot} holds, in the order a snapshot lists them.
 *
 * <p>Later versions add kinds (statistics objects, publications, ...) as new constants and new
 * {@link SchemaObject} records; code that switches over this enum should have a default branch.
 *
 * @since 0.1
 */
public enum ObjectKind {

    /** A schema ({@code pg_namespace}). */
    SCHEMA("schema"),
    /** An enum type with its labels. */
    ENUM_TYPE("enum type"),
    /** A sequence, including those behind serial and identity columns. */
    SEQUENCE("sequence"),
    /** A table: ordinary, partitioned or foreign. */
    TABLE("table"),
    /** A column of a table. */
    COLUMN("column"),
    /** A constraint of a table. */
    CONSTRAINT("constraint"),
    /** An index of a table or materialized view. */
    INDEX("index"),
    /** A view. */
    VIEW("view"),
    /** A materialized view. */
    MATERIALIZED_VIEW("materialized view"),
    /** A function, procedure, aggregate or window function. */
    FUNCTION("function"),
    /** A trigger of a table or view. */
    TRIGGER("trigger"),
    /** A row-level security policy of a table. */
    POLICY("policy"),
    /** The privileges one role holds on one object. */
    GRANT("grant"),
    /** The privileges a role's future objects will grant ({@code ALTER DEFAULT PRIVILEGES}). */
    DEFAULT_PRIVILEGES("default privileges"),
    /** An installed extension, standing for the objects that belong to it. */
    EXTENSION("extension"),
    /** A domain with its constraints. */
    DOMAIN("domain"),
    /** A composite type with its attributes. */
    COMPOSITE_TYPE("composite type"),
    /** The comment on an object. */
    COMMENT("comment");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** The kind as messages name it, such as {@code materialized view}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
