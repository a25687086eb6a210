/**
 * Tenant isolation under Row Level Security: the {@link io.github.migrationtest.core.rls.TenantModel} (configured or
 * discovered), static catalog rules ({@link io.github.migrationtest.core.rls.RlsRules}) and the live probe that
 * reads and writes as the application role for two tenants ({@link io.github.migrationtest.core.rls.IsolationProbe}).
 * Every result is a {@link io.github.migrationtest.core.check.Category#RLS} finding. See {@code docs/rls.md}.
 */
package io.github.migrationtest.core.rls;
