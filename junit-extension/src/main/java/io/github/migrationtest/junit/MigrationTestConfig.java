package io.github.migrationtest.junit;

/**
 * The names of the configuration parameters that set defaults for every {@link MigrationTest @MigrationTest}.
 *
 * <p>Set them as JVM system properties ({@code -Dmigrationtest.provider=embedded}) or in
 * {@code src/test/resources/junit-platform.properties}. An attribute on the annotation always wins over a parameter,
 * and a parameter over the built-in default.
 *
 * @since 0.1
 */
public final class MigrationTestConfig {

    /** The provider: {@code auto} (default), {@code embedded}, {@code testcontainers} or {@code external}. */
    public static final String PROVIDER = "migrationtest.provider";

    /** The PostgreSQL major versions, comma-separated, e.g. {@code 15,18}; default {@code 17}. */
    public static final String POSTGRES = "migrationtest.postgres";

    /** The database keep policy: {@code never} (default), {@code on_failure} or {@code always}. */
    public static final String KEEP_DATABASE = "migrationtest.keep-database";

    /** The Docker image for the Testcontainers provider; {@code {major}} stands for the major version. */
    public static final String TESTCONTAINERS_IMAGE = "migrationtest.testcontainers.image";

    /** The JDBC URL of an existing server; setting it makes {@code auto} choose the external provider. */
    public static final String EXTERNAL_URL = "migrationtest.external.url";

    /** The user for the external server; it needs the CREATEDB privilege. Default {@code postgres}. */
    public static final String EXTERNAL_USER = "migrationtest.external.user";

    /** The password for the external server. */
    public static final String EXTERNAL_PASSWORD = "migrationtest.external.password";

    /**
     * How long a migration statement may wait for a lock before its step fails, e.g. {@code 10s} (default),
     * {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT30S}.
     */
    public static final String LOCK_TIMEOUT = "migrationtest.lock-timeout";

    /** What a step without a down means: {@code fail} (default) or {@code warn}. */
    public static final String NO_DOWN = "migrationtest.no-down";

    /** How many rows the battery synthesizes into each table no fixture fills; default 3, 0 turns it off. */
    public static final String ROWS_PER_TABLE = "migrationtest.rows-per-table";

    /** Whether the battery traces locks ({@code lock-safe}): {@code on} (default) or {@code off}. */
    public static final String LOCK_SAFETY = "migrationtest.lock-safety";

    /** Whether the battery simulates traffic during traced ups: {@code on} or {@code off} (default). */
    public static final String TRAFFIC = "migrationtest.traffic";

    /** Whether the static breaking-change rules run without a corpus: {@code on} or {@code off} (default). */
    public static final String COMPAT = "migrationtest.compat";

    /** Whether the battery checks tenant isolation: {@code on} (default, where a tenant model is found) or {@code off}. */
    public static final String TENANT_ISOLATION = "migrationtest.tenant-isolation";

    /** Where {@link MigrationContract} writes its reports; default {@code target/migrationtest}. */
    public static final String REPORT_DIR = "migrationtest.report-dir";

    /** The report entry key under which a kept database's JDBC URL is published. */
    public static final String KEPT_DATABASE_REPORT_KEY = "migrationtest.kept-database";

    private MigrationTestConfig() {
    }
}
