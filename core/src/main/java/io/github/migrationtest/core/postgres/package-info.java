/**
 * PostgreSQL servers for tests: providers (embedded, Testcontainers, external), one shared server per
 * {@link io.github.migrationtest.core.postgres.ServerSpec}, and a fresh database per test cloned from a template.
 *
 * <p>See {@code docs/provisioning.md}.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.postgres;
