package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: ordinary, partitioned or foreign, maybe a partition of another. Its columns, constraints and indexes are
 * objects of their own in the {@link SchemaSnapshot}.
 *
 * @param schema the table's schema
 * @param name the table's name
 * @param type ordinary, partitioned or foreign
 * @param persistence permanent or unlogged (temporary tables are never captured)
 * @param rowSecurity whether row-level security is enabled
 * @param forceRowSecurity whether row-level security also applies to the table's owner
 * @param owner the role that owns the table
 * @param partitionKey for a partitioned table, its key as {@code pg_get_partkeydef} writes it, such as
 *     {@code RANGE (created_at)}
 * @param partitionOf for a partition, the path of the table it is a partition of, such as {@code public.events}
 * @param partitionBound for a partition, its bound as {@code pg_get_expr} writes it, such as
 *     {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')} or {@code DEFAULT}
 * @since 0.1
 */
public record TableSnapshot(String schema, String name, Type type, Persistence persistence, boolean rowSecurity,
        boolean forceRowSecurity, String owner, Optional<String> partitionKey, Optional<String> partitionOf,
        Optional<String> partitionBound) implements SchemaObject {

    public TableSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(partitionOf, "partitionOf");
        Objects.requireNonNull(partitionBound, "partitionBound");
    }

    /**
     * A table that is neither partitioned nor a partition.
     *
     * @param schema the table's schema
     * @param name the table's name
     * @param type ordinary or foreign
     * @param persistence permanent or unlogged
     * @param rowSecurity whether row-level security is enabled
     * @param forceRowSecurity whether row-level security also applies to the table's owner
     * @param owner the role that owns the table
     */
    public TableSnapshot(String schema, String name, Type type, Persistence persistence, boolean rowSecurity,
            boolean forceRowSecurity, String owner) {
        this(schema, name, type, persistence, rowSecurity, forceRowSecurity, owner, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TABLE;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("persistence", persistence);
        properties.put("row security", rowSecurity);
        properties.put("force row security", forceRowSecurity);
        properties.put("owner", owner);
        properties.put("partition key", partitionKey);
        properties.put("partition of", partitionOf);
        properties.put("partition bound", partitionBound);
        return Collections.unmodifiableMap(properties);
    }

    /**
     * What kind of table ({@code pg_class.relkind}).
     *
     * @since 0.1
     */
    public enum Type {
        /** An ordinary table. */
        ORDINARY("ordinary"),
        /** A partitioned table. */
        PARTITIONED("partitioned"),
        /** A foreign table. */
        FOREIGN("foreign");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Whether a table is written to the WAL ({@code pg_class.relpersistence}).
     *
     * @since 0.1
     */
    public enum Persistence {
        /** A permanent (logged) table. */
        PERMANENT("permanent"),
        /** An unlogged table. */
        UNLOGGED("unlogged");

        private final String label;

        Persistence(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
