package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trigger of a table or view, other than the internal triggers that implement foreign keys ({@code tgisinternal}).
 * Triggers are named per table, so the path is {@code schema.table.trigger}.
 *
 * @param schema the table's schema
 * @param table the table's name
 * @param name the trigger's name
 * @param definition the full definition as {@code pg_get_triggerdef} writes it
 * @param state whether and when the trigger fires ({@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}), which the
 *     definition does not say
 * @since 0.1
 */
public record TriggerSnapshot(String schema, String table, String name, String definition, State state)
        implements SchemaObject {

    public TriggerSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TRIGGER;
    }

    @Override
    public String path() {
        return schema + "." + table + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("definition", definition);
        properties.put("state", state);
        return Collections.unmodifiableMap(properties);
    }

    /**
     * Whether and when a trigger fires, depending on {@code session_replication_role} ({@code pg_trigger.tgenabled}).
     *
     * @since 0.1
     */
    public enum State {
        /** Fires in origin and local mode, the default. */
        ENABLED("enabled"),
        /** Fires in replica mode only. */
        REPLICA("enabled replica"),
        /** Fires in every mode. */
        ALWAYS("enabled always"),
        /** Never fires. */
        DISABLED("disabled");

        private final String label;

        State(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
