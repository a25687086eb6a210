package io.github.migrationtest.junit;

import io.github.migrationtest.core.postgres.Provider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated class's tests against a real PostgreSQL server, each test with a database of its own.
 *
 * <p>A test method or {@code @BeforeEach} method can ask for the database as a
 * {@link io.github.migrationtest.core.postgres.TestDatabase TestDatabase}, a {@link javax.sql.DataSource DataSource}
 * or a {@link java.sql.Connection Connection}; all three refer to the same database within one test.
 *
 * <h2>Server</h2>
 * <p>One server per distinct provider and version is started on first use and shared by every test class in the JVM;
 * it stops when the test run ends. Each test's database is cloned from a template
 * ({@code CREATE DATABASE ... TEMPLATE ...}) and dropped after the test, so tests may run in parallel.
 *
 * <h2>Versions</h2>
 * <p>With several versions ({@code postgres = {"15", "18"}}) the whole class runs once per version, and the version
 * is part of each run's display name.
 *
 * <h2>Migrations</h2>
 * <p>Name the history with {@link #sql()}, {@link #flyway()} or {@link #liquibase()} (one of them). With none, the
 * usual Spring Boot layouts are used when they are on the test classpath, with their tool: {@code db/migration} for
 * Flyway, {@code db/changelog/db.changelog-master.yaml} (or {@code .yml}, {@code .xml}, {@code .sql}, {@code .json})
 * for Liquibase.
 *
 * <h2>Configuration</h2>
 * <p>Every attribute left at its default takes the matching configuration parameter from
 * {@link MigrationTestConfig}, then the built-in default. Use it directly or as a meta-annotation on your own
 * annotation.
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(MigrationTestExtension.class)
public @interface MigrationTest {

    /**
     * Where the server comes from; {@link Provider#DEFAULT} takes {@value MigrationTestConfig#PROVIDER}, else
     * {@link Provider#AUTO}.
     */
    Provider provider() default Provider.DEFAULT;

    /**
     * The PostgreSQL major versions (13 to 18) to run the class against; empty takes
     * {@value MigrationTestConfig#POSTGRES}, else {@code 17}. An external server serves only its own version.
     */
    String[] postgres() default {};

    /**
     * The Docker image for the Testcontainers provider, where {@code {major}} stands for the version, e.g.
     * {@code postgres:{major}-alpine}; empty takes {@value MigrationTestConfig#TESTCONTAINERS_IMAGE}, else
     * {@code postgres:{major}}.
     */
    String image() default "";

    /**
     * Whether to keep a test's database afterwards; {@link KeepDatabase#DEFAULT} takes
     * {@value MigrationTestConfig#KEEP_DATABASE}, else {@link KeepDatabase#NEVER}.
     */
    KeepDatabase keepDatabase() default KeepDatabase.DEFAULT;

    /**
     * A folder of plain SQL migrations, as a path or {@code classpath:<folder>}: {@code 0001_name.up.sql} /
     * {@code .down.sql} pairs, {@code 0001_name/up.sql} + {@code down.sql} folders, or dbmate-style
     * {@code 0001_name.sql} files. Tests can then ask for a {@link io.github.migrationtest.core.migration.Migrator}
     * and the {@link io.github.migrationtest.core.migration.MigrationPlan}.
     */
    String sql() default "";

    /**
     * Flyway locations ({@code classpath:db/migration}, {@code filesystem:src/main/sql}); each versioned migration is a
     * step and its {@code U} undo script its down. Needs {@code org.flywaydb:flyway-database-postgresql}.
     */
    String[] flyway() default {};

    /**
     * A Liquibase changelog (XML, YAML, JSON or formatted SQL), as a path or {@code classpath:<file>}; each changeset
     * is a step, versioned by its id. Needs {@code org.liquibase:liquibase-core}.
     */
    String liquibase() default "";

    /** A Liquibase context filter for {@link #liquibase()}, e.g. {@code test}; empty selects every changeset. */
    String liquibaseContexts() default "";

    /** A Liquibase label filter for {@link #liquibase()}, e.g. {@code v1 and !slow}; empty selects every changeset. */
    String liquibaseLabels() default "";

    /**
     * Versions whose up must be idempotent (running it twice changes nothing), checked by {@link MigrationContract}
     * and {@link MigrationSteps}; {@code "*"} for every step. A step can also ask for it with a
     * {@code -- migrationtest:idempotent} comment.
     */
    String[] idempotent() default {};

    /**
     * Steps accepted as irreversible, each {@code "<version>: <reason>"}; their reversibility findings are reported
     * as accepted. A step can also say so with a {@code -- migrationtest:irreversible <reason>} comment.
     */
    String[] irreversible() default {};

    /**
     * Steps accepted to lose data on up then down, each {@code "<version>: <reason>"}; their data findings are
     * reported as accepted. A step can also say so with a {@code -- migrationtest:data-lossy <reason>} comment.
     */
    String[] dataLossy() default {};

    /**
     * What a step without a down means; {@link NoDown#DEFAULT} takes {@value MigrationTestConfig#NO_DOWN}, else
     * {@link NoDown#FAIL}.
     */
    NoDown noDown() default NoDown.DEFAULT;

    /**
     * A folder of SQL data fixtures, as a path or {@code classpath:<folder>}: a file named after a version
     * ({@code 3.sql}, {@code 0003_customers.sql}, {@code V3__customers.sql}) runs right after the battery reaches
     * that version, files of one version in name order. Java fixtures: {@link MigrationFixture}.
     */
    String fixtures() default "";

    /**
     * Rows synthesized into each table no fixture fills, so that every step is checked against data; {@code -1}
     * takes {@value MigrationTestConfig#ROWS_PER_TABLE}, else 3; {@code 0} turns the synthesis off.
     */
    int rowsPerTable() default -1;

    /**
     * Whether {@link MigrationContract} traces each step's up for locks, rewrites, scans and index builds on
     * pre-existing tables (the {@code lock-safe} check); {@link Switch#DEFAULT} takes
     * {@value MigrationTestConfig#LOCK_SAFETY}, else on.
     */
    Switch lockSafety() default Switch.DEFAULT;

    /**
     * Whether background reads and writes run on the tables while each step's up is traced, to measure how long
     * queries were blocked; {@link Switch#DEFAULT} takes {@value MigrationTestConfig#TRAFFIC}, else off.
     */
    Switch traffic() default Switch.DEFAULT;

    /**
     * Findings accepted for a step, each {@code "<version> <category>/<rule>: <reason>"}, e.g.
     * {@code "7 lock/strong-lock-scan: the table holds 20 rows in production"}; they are reported as accepted. A
     * step can also say so with a {@code -- migrationtest:lock/strong-lock-scan <reason>} comment.
     */
    String[] accepted() default {};

    /**
     * Query corpora of earlier application versions, each {@code "<version>: <location>"} ({@code classpath:} or a
     * path; a {@code .sql} file or a folder of them, statements named with {@code -- name:}): after every later step
     * the battery replays them ({@code compatible}). See {@code docs/compat.md}.
     */
    String[] corpus() default {};

    /**
     * The role the application runs as: corpus queries are replayed as it, and the tenant-isolation probe acts as it;
     * empty replays as the test user and lets the tenant check discover the role.
     */
    String applicationRole() default "";

    /**
     * Whether the static breaking-change rules run even with no corpus ({@code compatible}); {@link Switch#DEFAULT}
     * takes {@value MigrationTestConfig#COMPAT}, else off.
     */
    Switch compat() default Switch.DEFAULT;

    /**
     * Whether a step's own version's corpus is replayed after its down too (a rollback mid-deploy must not break the
     * new code); off unless {@link Switch#ON}.
     */
    Switch compatRollback() default Switch.DEFAULT;

    /**
     * Whether the battery checks tenant isolation after every up and down wherever a tenant model is configured or
     * discovered ({@code tenant-isolated}); {@link Switch#DEFAULT} takes {@value MigrationTestConfig#TENANT_ISOLATION},
     * else on. See {@code docs/rls.md}.
     */
    Switch tenantIsolation() default Switch.DEFAULT;

    /** The tenant column names, in order of preference; empty to discover the one the policies use. */
    String[] tenantColumns() default {};

    /** The setting that carries the tenant, such as {@code app.tenant_id}; empty to discover it from the policies. */
    String tenantSetting() default "";

    /** Tables shared by every tenant, by name or path, left out of the tenant check. */
    String[] globalTables() default {};
}
