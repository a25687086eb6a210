package io.github.migrationtest.core.rls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the team configured about its tenants; anything left empty is discovered by
 * {@link TenantModel#discover(java.sql.Connection, io.github.migrationtest.core.schema.SchemaSnapshot, TenantOptions)}.
 *
 * @param tenantColumns the tenant column names, in order of preference (a table uses the first it has); empty to
 *     discover the one most policies use
 * @param setting the setting that carries the tenant, such as {@code app.tenant_id}; empty to discover it from the
 *     policies' {@code current_setting} calls
 * @param appRole the role the application runs as; empty to discover the non-owner, non-superuser role holding DML
 *     grants on the tenant tables
 * @param contextSql how the application becomes a tenant when it is not one setting, such as a JWT claim: SQL run
 *     in the transaction with {@code {tenant}} replaced by the tenant's key as a string literal, for example
 *     {@code SELECT set_config('request.jwt.claims', json_build_object('tenant_id', {tenant})::text, true)}; empty
 *     for {@code set_config(setting, key, true)}
 * @param globalTables tables shared by every tenant, by path ({@code public.countries}) or name, left out
 * @param tenantA the first tenant's key, as text ({@code 1} unless set)
 * @param tenantB the second tenant's key, as text ({@code 2} unless set)
 * @since 0.1
 */
public record TenantOptions(List<String> tenantColumns, Optional<String> setting, Optional<String> appRole,
        Optional<String> contextSql, Set<String> globalTables, String tenantA, String tenantB) {

    public TenantOptions {
        tenantColumns = List.copyOf(tenantColumns);
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(appRole, "appRole");
        Objects.requireNonNull(contextSql, "contextSql");
        globalTables = Set.copyOf(globalTables);
        Objects.requireNonNull(tenantA, "tenantA");
        Objects.requireNonNull(tenantB, "tenantB");
        if (tenantA.equals(tenantB)) {
            throw new IllegalArgumentException("the two tenants need different keys, both are " + tenantA);
        }
    }

    /** Everything discovered; tenants {@code 1} and {@code 2}. */
    public static TenantOptions defaults() {
        return new TenantOptions(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), "1",
                "2");
    }

    /** These options with the tenant column names, in order of preference. */
    public TenantOptions withTenantColumns(String... columns) {
        return new TenantOptions(List.of(columns), setting, appRole, contextSql, globalTables, tenantA, tenantB);
    }

    /** These options with the setting that carries the tenant. */
    public TenantOptions withSetting(String name) {
        return new TenantOptions(tenantColumns, Optional.of(name), appRole, contextSql, globalTables, tenantA, tenantB);
    }

    /** These options with the application role. */
    public TenantOptions withAppRole(String role) {
        return new TenantOptions(tenantColumns, setting, Optional.of(role), contextSql, globalTables, tenantA, tenantB);
    }

    /**
     * These options with the SQL that makes the transaction a tenant's, {@code {tenant}} standing for the key's
     * literal.
     */
    public TenantOptions withContextSql(String sql) {
        return new TenantOptions(tenantColumns, setting, appRole, Optional.of(sql), globalTables, tenantA, tenantB);
    }

    /** These options with the tables shared by every tenant, by path or name. */
    public TenantOptions withGlobalTables(String... tables) {
        return new TenantOptions(tenantColumns, setting, appRole, contextSql, Set.of(tables), tenantA, tenantB);
    }

    /** These options with the two tenants' keys, as text. */
    public TenantOptions withTenants(String a, String b) {
        return new TenantOptions(tenantColumns, setting, appRole, contextSql, globalTables, a, b);
    }
}
