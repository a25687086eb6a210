package com.example.multitenant;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/**
 * The whole battery over a multi-tenant history: applies, lock-safe, reversible, keeps-data and, from the step that
 * creates the first RLS table on, tenant-isolated (after every up and every down, statically and with a live probe
 * acting as {@code app_tenant_user} for tenant 1 against tenant 2's rows).
 */
// tag::tenants[]
@MigrationTest(sql = "classpath:db/migrations", postgres = {"13", "18"},
        applicationRole = "app_tenant_user",   // the role the probe acts as (discovery would find it too)
        globalTables = "tenants")              // shared by every tenant: no tenant column, no policy expected
class TenantMigrationsContractTest implements MigrationContract {
}
// end::tenants[]
