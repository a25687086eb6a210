package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row-level security policy of a table. Policies are named per table, so the path is {@code schema.table.policy}.
 *
 * @param schema the table's schema
 * @param table the table's name
 * @param name the policy's name
 * @param command the command the policy applies to
 * @param permissive {@code true} for a permissive policy (combined with OR), {@code false} for a restrictive one
 *     (combined with AND)
 * @param roles the roles the policy applies to, sorted; {@code public} for every role
 * @param using the {@code USING} expression, as {@code pg_get_expr} writes it
 * @param withCheck the {@code WITH CHECK} expression, as {@code pg_get_expr} writes it
 * @since 0.1
 */
public record PolicySnapshot(String schema, String table, String name, Command command, boolean permissive,
        List<String> roles, Optional<String> using, Optional<String> withCheck) implements SchemaObject {

    public PolicySnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        roles = roles.stream().sorted().toList();
        Objects.requireNonNull(using, "using");
        Objects.requireNonNull(withCheck, "withCheck");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.POLICY;
    }

    @Override
    public String path() {
        return schema + "." + table + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("command", command);
        properties.put("permissive", permissive);
        properties.put("roles", roles);
        properties.put("using", using);
        properties.put("with check", withCheck);
        return Collections.unmodifiableMap(properties);
    }

    /**
     * The command a policy applies to ({@code pg_policy.polcmd}).
     *
     * @since 0.1
     */
    public enum Command {
        /** Every command. */
        ALL("ALL"),
        /** {@code SELECT}. */
        SELECT("SELECT"),
        /** {@code INSERT}. */
        INSERT("INSERT"),
        /** {@code UPDATE}. */
        UPDATE("UPDATE"),
        /** {@code DELETE}. */
        DELETE("DELETE");

        private final String label;

        Command(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
