/** Internals of the tenant-isolation checks: discovery, policy expression analysis, catalog queries, seeding. */
package io.github.migrationtest.core.rls.internal;
