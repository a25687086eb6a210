package io.github.migrationtest.core.migration.liquibase;

import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.history;
import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.migration.StepFailure;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import io.github.migrationtest.core.migration.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(FreshDatabase.class)
class LiquibaseBadInputTests {

    private static final String CHANGELOG = """
            --liquibase formatted sql

            --changeset frank:1
            CREATE TABLE t (id int);
            --rollback DROP TABLE t;

            --changeset frank:2
            ALTER TABLE t ADD COLUMN name text;
            --rollback ALTER TABLE t DROP COLUMN name;
            """;

    private final TestDatabase db;

    LiquibaseBadInputTests(TestDatabase db) {
        LiquibaseTestDatabase.quietLiquibase();
        this.db = db;
    }

    @Test
    void missingClasspathChangelog() {
        assertInvalid(() -> MigrationSources.liquibase("classpath:migrations/liquibase/nope.yaml").plan(),
                "The Liquibase changelog `classpath:migrations/liquibase/nope.yaml` does not exist: no resource "
                        + "migrations/liquibase/nope.yaml on the classpath.");
    }

    @Test
    void missingChangelogFile() {
        assertInvalid(() -> MigrationSources.liquibase("src/test/resources/nope/changelog.xml").plan(),
                "The Liquibase changelog `src/test/resources/nope/changelog.xml` does not exist (resolved to ");
    }

    @Test
    void changelogWithoutChangesets() {
        assertInvalid(() -> MigrationSources.liquibase("classpath:migrations/liquibase/empty/changelog.yaml").plan(),
                "The Liquibase changelog `classpath:migrations/liquibase/empty/changelog.yaml` has no changesets "
                        + "(0 in total). Add a changeSet, check the include paths.");
    }

    @Test
    void changesetsFilteredAwayByContextsLeaveNoSteps() {
        assertInvalid(() -> MigrationSources.liquibase("classpath:migrations/liquibase/contexts-only/changelog.yaml",
                "prod", "").plan(), "The Liquibase changelog `classpath:migrations/liquibase/contexts-only/"
                        + "changelog.yaml` has no changesets that match (contexts prod) (1 in total). Add a changeSet, "
                        + "check the include paths, or the contexts and labels.");
    }

    @Test
    void duplicateChangesetIdsAreDuplicateVersions() {
        assertInvalid(() -> MigrationSources.liquibase("classpath:migrations/liquibase/duplicate/changelog.yaml")
                .plan(), "Duplicate changeset id 1 in Liquibase changelog classpath:migrations/liquibase/duplicate/"
                        + "changelog.yaml: migrations/liquibase/duplicate/changelog.yaml::1::alice and "
                        + "migrations/liquibase/duplicate/changelog.yaml::1::bob.");
    }

    @Test
    void unparsableYamlNamesTheFileAndLiquibasesReason() {
        assertThatThrownBy(() -> MigrationSources.liquibase("classpath:migrations/liquibase/broken-yaml/changelog.yaml")
                .plan())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.INVALID_SOURCE))
                .hasMessageStartingWith("Cannot parse the Liquibase changelog "
                        + "`classpath:migrations/liquibase/broken-yaml/changelog.yaml`: ")
                .hasMessageContaining("Syntax error in file migrations/liquibase/broken-yaml/changelog.yaml")
                .hasMessageContaining("line 5, column 6")
                .hasMessageEndingWith("Fix the changelog (or the file it includes) and run again.");
    }

    @Test
    void unparsableXmlNamesTheFileAndLiquibasesReason() {
        assertThatThrownBy(() -> MigrationSources.liquibase("classpath:migrations/liquibase/broken-xml/changelog.xml")
                .plan())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.INVALID_SOURCE))
                .hasMessageStartingWith("Cannot parse the Liquibase changelog "
                        + "`classpath:migrations/liquibase/broken-xml/changelog.xml`: ")
                .hasMessageContaining("Error parsing line 10 column 1 of migrations/liquibase/broken-xml/"
                        + "changelog.xml: The end-tag for element type \"changeSet\" must end with a '>' delimiter. "
                        + "Fix the changelog");
    }

    @Test
    void sqlErrorInAChangesetReportsStatementSqlStateAndLine() throws Exception {
        try (Migrator migrator = Migrator.open(db,
                MigrationSources.liquibase("classpath:migrations/liquibase/sql-error/changelog.sql"))) {
            migrator.up(migrator.step("1"));

            assertThatThrownBy(() -> migrator.up(migrator.step("2")))
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.kind()).isEqualTo(MigrationException.Kind.STEP_FAILED);
                        StepFailure failure = e.failure().orElseThrow();
                        assertThat(failure.direction()).isEqualTo("up");
                        assertThat(failure.location())
                                .isEqualTo("migrations/liquibase/sql-error/changelog.sql::2::erin");
                        assertThat(failure.statement()).hasValueSatisfying(s -> assertThat(s)
                                .startsWith("INSERT INTO items (id, name)").contains("(2 'two')"));
                        assertThat(failure.sqlState()).hasValue("42601");
                        assertThat(failure.message()).startsWith("ERROR: syntax error at or near \"'two'\"");
                        assertThat(failure.position()).hasValue(59);
                        assertThat(failure.line()).hasValue(11);
                        assertThat(failure.databaseVersion()).hasValue("1");
                    })
                    .hasMessageContaining("Location  : migrations/liquibase/sql-error/changelog.sql::2::erin")
                    .hasMessageContaining("Line      : 11")
                    .hasMessageContaining("SQL State : 42601");
            // the changeset ran in one transaction: its first statement is rolled back too
            assertThat(history(db)).containsExactly("1");
            assertThat(LiquibaseTestDatabase.columns(db, "items")).containsExactly("id");
        }
    }

    @Test
    void aLockHeldElsewhereFailsTheStepAfterTheLockTimeout() throws Exception {
        MigrationSettings settings = MigrationSettings.defaults().withLockTimeout(Duration.ofMillis(300));
        try (Migrator migrator = Migrator.open(db,
                MigrationSources.liquibase("classpath:migrations/liquibase/sql/changelog.sql"), settings);
                Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            migrator.up(migrator.step("1"));
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
            long start = System.nanoTime();

            assertThatThrownBy(() -> migrator.up(migrator.step("2")))
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.kind()).as(e.getMessage()).isEqualTo(MigrationException.Kind.LOCK_TIMEOUT);
                        assertThat(e.failure().orElseThrow().statement())
                                .hasValue("CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total)");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            holder.rollback();
            assertThat(history(db)).containsExactly("1");
        }
    }

    @Test
    void editedAppliedChangesetIsAChecksumChange(@TempDir Path dir) throws Exception {
        Path changelog = dir.resolve("changelog.sql");
        Files.writeString(changelog, CHANGELOG);
        MigrationSource source = MigrationSources.liquibase(changelog.toString());
        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.up(migrator.step("1"));
        }
        Files.writeString(changelog, CHANGELOG.replace("CREATE TABLE t (id int)", "CREATE TABLE t (id bigint)"));

        assertThatThrownBy(() -> Migrator.open(db, source))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.CHECKSUM_CHANGED))
                .hasMessageStartingWith("Step 1 ")
                .hasMessageContaining("changed after it was applied to " + db.name() + ": changelog.sql::1::frank "
                        + "now has checksum 9:")
                .hasMessageContaining("Never edit an applied migration");
    }

    @Test
    void liquibasesOwnChecksumValidationMapsToChecksumChanged(@TempDir Path dir) throws Exception {
        Path changelog = dir.resolve("changelog.sql");
        Files.writeString(changelog, CHANGELOG);
        MigrationSource source = MigrationSources.liquibase(changelog.toString());
        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.up(migrator.step("1"));
        }
        Files.writeString(changelog, CHANGELOG.replace("CREATE TABLE t (id int)", "CREATE TABLE t (id bigint)"));

        // a runner used without the Migrator's check meets Liquibase's validation
        try (StepRunner runner = source.open(db, MigrationSettings.defaults())) {
            assertThatThrownBy(() -> runner.up(source.plan().step("2")))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.CHECKSUM_CHANGED))
                    .hasMessageStartingWith("Liquibase refused to up 2 ")
                    .hasMessageContaining("changelog.sql::2::frank")
                    .hasMessageContaining("changelog.sql::1::frank")
                    .hasMessageContaining("Never edit an applied changeset");
        }
        assertThat(history(db)).containsExactly("1");
        assertThat(tables(db)).containsExactly("t");
    }

    private static void assertInvalid(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.INVALID_SOURCE))
                .hasMessageContaining(message);
    }
}
