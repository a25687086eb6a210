package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A constraint of a table. Domain constraints are not captured yet.
 *
 * @param schema the table's schema
 * @param table the table's name
 * @param name the constraint's name
 * @param type what kind of constraint it is
 * @param definition the definition as {@code pg_get_constraintdef} writes it, such as
 *     {@code FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE}
 * @param validated {@code false} for a constraint added {@code NOT VALID} and not validated since
 * @param deferrable whether the constraint is {@code DEFERRABLE}
 * @param deferred whether the constraint is {@code INITIALLY DEFERRED}
 * @param enforced {@code false} for a constraint declared {@code NOT ENFORCED} (PostgreSQL 18 and later; always
 *     {@code true} before)
 * @since 0.1
 */
public record ConstraintSnapshot(String schema, String table, String name, Type type, String definition,
        boolean validated, boolean deferrable, boolean deferred, boolean enforced) implements SchemaObject {

    public ConstraintSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.CONSTRAINT;
    }

    @Override
    public String path() {
        return schema + "." + table + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("definition", definition);
        properties.put("validated", validated);
        properties.put("deferrable", deferrable);
        properties.put("deferred", deferred);
        properties.put("enforced", enforced);
        return Collections.unmodifiableMap(properties);
    }

    /**
     * What kind of constraint ({@code pg_constraint.contype}).
     *
     * @since 0.1
     */
    public enum Type {
        /** {@code PRIMARY KEY}. */
        PRIMARY_KEY("primary key"),
        /** {@code FOREIGN KEY}. */
        FOREIGN_KEY("foreign key"),
        /** {@code UNIQUE}. */
        UNIQUE("unique"),
        /** {@code CHECK}. */
        CHECK("check"),
        /** {@code EXCLUDE}. */
        EXCLUSION("exclusion"),
        /** {@code NOT NULL}, which PostgreSQL 18 and later record as constraints of their own. */
        NOT_NULL("not null"),
        /** A constraint trigger. */
        TRIGGER("trigger");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
