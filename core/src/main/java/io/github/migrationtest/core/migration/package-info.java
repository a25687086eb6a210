/**
 * Migration histories as ordered steps, and the {@link io.github.migrationtest.core.migration.Migrator} that moves
 * a database through them one step at a time, up and down, with the same semantics for Flyway, Liquibase and plain
 * SQL folders.
 *
 * <p>See {@code docs/migrations.md}.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.migration;
