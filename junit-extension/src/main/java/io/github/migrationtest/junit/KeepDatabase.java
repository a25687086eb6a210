package io.github.migrationtest.junit;

/**
 * Whether a test's database is kept after the test, for inspection.
 *
 * <p>A kept database's JDBC URL is logged and published as the report entry
 * {@value MigrationTestConfig#KEPT_DATABASE_REPORT_KEY}. On an embedded server the data directory is kept too, since
 * the server itself stops with the JVM.
 *
 * @since 0.1
 */
public enum KeepDatabase {

    /** Whatever is configured ({@value MigrationTestConfig#KEEP_DATABASE}), else {@link #NEVER}. */
    DEFAULT,

    /** Always drop the database after the test. */
    NEVER,

    /** Keep the database of a failed test, drop the others. */
    ON_FAILURE,

    /** Keep every database. */
    ALWAYS
}
