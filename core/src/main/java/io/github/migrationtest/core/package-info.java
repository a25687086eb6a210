/**
 * The migrationtest engine: PostgreSQL servers and test databases, with no dependency on JUnit or AssertJ.
 *
 * <p>A CLI or build plugin can drive everything here directly; the JUnit extension in
 * {@code io.github.migrationtest.junit} is one client of it.
 *
 * @since 0.1
 */
package io.github.migrationtest.core;
