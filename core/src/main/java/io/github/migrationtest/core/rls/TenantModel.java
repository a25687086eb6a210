package io.github.migrationtest.core.rls;

import io.github.migrationtest.core.rls.internal.Discovery;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who the tenants are and how the application becomes one: the checks of {@link RlsRules} and
 * {@link IsolationProbe} run against this model.
 *
 * @param appRole the role the application runs as
 * @param tenantTables every tenant table's path and its tenant column, such as {@code public.orders -> tenant_id}
 *     (partitions are not listed, they are checked through their partitioned table)
 * @param setting the setting that carries the tenant, set per transaction with {@code set_config(setting, key,
 *     true)}, such as {@code app.tenant_id}
 * @param contextSql the SQL that makes a transaction the tenant's, {@code {tenant}} standing for the key as a string
 *     literal; by default {@code SELECT set_config('<setting>', {tenant}, true)}
 * @param globalTables tables shared by every tenant, left out, by path or name
 * @param tenantA the first tenant's key, as text
 * @param tenantB the second tenant's key, as text
 * @since 0.1
 */
public record TenantModel(String appRole, Map<String, String> tenantTables, String setting, String contextSql,
        Set<String> globalTables, String tenantA, String tenantB) {

    /** The placeholder for the tenant's key in {@link #contextSql()}. */
    public static final String TENANT_PLACEHOLDER = "{tenant}";

    public TenantModel {
        Objects.requireNonNull(appRole, "appRole");
        tenantTables = Collections.unmodifiableMap(new TreeMap<>(tenantTables));
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(contextSql, "contextSql");
        globalTables = Collections.unmodifiableSet(new TreeSet<>(globalTables));
        Objects.requireNonNull(tenantA, "tenantA");
        Objects.requireNonNull(tenantB, "tenantB");
    }

    /**
     * The model of a database: what the options configure, the rest discovered from the catalog. The tenant column
     * is the column name that most tables with policies reference in their {@code USING} or {@code WITH CHECK}
     * expressions; the tenant tables are every table and partitioned table with that column, except the global
     * ones; the setting is the one the policies read most with {@code current_setting}; the application role is
     * the role, neither superuser nor owner of the table, holding DML grants on most tenant tables.
     *
     * @param connection a connection to the database, as a superuser or the schema's owner
     * @param snapshot the database's schema
     * @param options what is configured
     * @return the model, or empty when no tenant column, tenant table or application role could be found
     * @throws SQLException if a catalog query fails
     */
    public static Optional<TenantModel> discover(Connection connection, SchemaSnapshot snapshot, TenantOptions options)
            throws SQLException {
        return new Discovery(connection, snapshot, options).model();
    }

    /** The context SQL of the setting: {@code SELECT set_config('<setting>', {tenant}, true)}. */
    public static String settingContext(String setting) {
        return "SELECT set_config('" + setting.replace("'", "''") + "', " + TENANT_PLACEHOLDER + ", true)";
    }

    /** The SQL that makes the transaction the tenant's. */
    public String contextFor(String tenant) {
        return contextSql.replace(TENANT_PLACEHOLDER, "'" + tenant.replace("'", "''") + "'");
    }

    /** Whether the table (by path) is a tenant table of this model. */
    public boolean isTenantTable(String path) {
        return tenantTables.containsKey(path);
    }

    /** What the model holds, one line each, for logs and reports. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("application role: ").append(appRole).append('\n');
        text.append("tenant context: ").append(contextSql).append('\n');
        text.append("tenants probed: ").append(tenantA).append(" and ").append(tenantB).append('\n');
        text.append("tenant tables (").append(tenantTables.size()).append("):\n");
        tenantTables.forEach((table, column) -> text.append("  ").append(table).append(" by ").append(column)
                .append('\n'));
        text.append("global tables: ").append(globalTables.isEmpty() ? "none" : String.join(", ", globalTables));
        return text.toString();
    }
}
