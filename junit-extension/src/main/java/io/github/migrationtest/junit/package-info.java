/**
 * The JUnit Jupiter extension: {@link io.github.migrationtest.junit.MigrationTest @MigrationTest} gives every test
 * a fresh database on a real PostgreSQL server.
 *
 * <p>See {@code docs/migration-test.md} and {@code docs/configuration.md}.
 *
 * @since 0.1
 */
package io.github.migrationtest.junit;
