package io.github.migrationtest.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Failing steps and bad folders: each message names the file, the line or the rule, and what to do. */
@ExtendWith(FreshDatabase.class)
class SqlFolderFailureTests {

    private final TestDatabase database;

    SqlFolderFailureTests(TestDatabase database) {
        this.database = database;
    }

    @Nested
    class FailingSteps {

        @Test
        void aSyntaxErrorNamesTheFileTheLineAndTheStatement() {
            try (Migrator migrator = Migrator.open(database, MigrationSources.sql("classpath:migrations/sql/syntax"))) {
                assertThatThrownBy(migrator::migrateAll)
                        .isInstanceOf(MigrationException.class)
                        .hasMessage("""
                                Migration 0002 broken up failed
                                Step      : 0002 broken (up)
                                Location  : 0002_broken.up.sql
                                Line      : 6
                                Statement : ALTER TABLE users
                                                ADD COLUMN b int,
                                                ADD COLUMN c intt
                                SQL State : 42704
                                Message   : ERROR: type "intt" does not exist
                                Position  : 58 (in the statement)
                                Database  : at version 0001""");
            }
        }

        @Test
        void aFailedTransactionalStepLeavesNothingOfItselfBehind() throws SQLException {
            try (Migrator migrator = Migrator.open(database,
                    MigrationSources.sql("classpath:migrations/sql/failures"))) {
                migrator.migrateTo("1");

                assertThatThrownBy(() -> migrator.migrateTo("2"))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("Line      : 3\n")
                        .hasMessageContaining("Message   : ERROR: relation \"missing_table\" does not exist")
                        .hasMessageNotContaining("Left behind");

                assertThat(Databases.tables(database)).containsExactly("users");
                assertThat(migrator.current()).map(MigrationStep::version).contains("0001");
            }
        }

        @Test
        void aFailedConcurrentIndexSaysWhatItLeftBehind() throws SQLException {
            try (Migrator migrator = Migrator.open(database,
                    MigrationSources.sql("classpath:migrations/sql/concurrent-failure"))) {
                assertThatThrownBy(migrator::migrateAll)
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("SQL State : 23505")
                        .hasMessageContaining("Left behind: INVALID indexes (drop them before retrying): "
                                + "users_email_key");
                assertThat(Databases.indexes(database)).contains("users_email_key");
                assertThat(migrator.current()).map(MigrationStep::version).contains("0001");
            }
        }

        @Test
        void aStatementWaitingForALockFailsAfterTheTimeoutAndShowsTheBlocker() throws Exception {
            MigrationSettings settings = MigrationSettings.defaults().withLockTimeout(Duration.ofMillis(1500));
            try (Migrator migrator = Migrator.open(database, MigrationSources.sql("classpath:migrations/sql/locks"),
                    settings);
                    Connection blocker = database.connect();
                    Statement statement = blocker.createStatement()) {
                migrator.migrateTo("1");
                blocker.setAutoCommit(false);
                statement.execute("SELECT * FROM users FOR UPDATE");
                statement.execute("LOCK TABLE users IN ROW EXCLUSIVE MODE");

                assertThatThrownBy(() -> migrator.migrateTo("2"))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("SQL State : 55P03")
                        .hasMessageContaining("Message   : ERROR: canceling statement due to lock timeout")
                        .hasMessageContaining("(idle in transaction): LOCK TABLE users IN ROW EXCLUSIVE MODE")
                        .extracting(e -> ((MigrationException) e).kind())
                        .isEqualTo(MigrationException.Kind.LOCK_TIMEOUT);
                blocker.rollback();
            }
        }
    }

    @Nested
    class BadFolders {

        @Test
        void aMissingFolder() {
            assertThatThrownBy(() -> MigrationSources.sql("src/test/resources/migrations/sql/nope").plan())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("The SQL migrations folder `src/test/resources/migrations/sql/nope` does "
                            + "not exist (resolved to ")
                    .hasMessageEndingWith("Check the path, or use classpath:<folder> for a folder on the test "
                            + "classpath.");
            assertThatThrownBy(() -> MigrationSources.sql("classpath:migrations/sql/nope").plan())
                    .hasMessage("The SQL migrations folder `classpath:migrations/sql/nope` does not exist: no "
                            + "resource migrations/sql/nope on the classpath. Check the location, or use a file path "
                            + "such as src/main/resources/migrations/sql/nope.");
        }

        @Test
        void anEmptyFolder() {
            assertThatThrownBy(() -> MigrationSources.sql("classpath:migrations/sql/empty").plan())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("The SQL migrations folder `classpath:migrations/sql/empty` (")
                    .hasMessageContaining(") contains no migrations. Expected files such as ");
        }

        @Test
        void aVersionUsedTwice() {
            assertThatThrownBy(() -> MigrationSources.sql("classpath:migrations/sql/duplicate").plan())
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("Version 3 is used twice in classpath:migrations/sql/duplicate: 0003_add_a.up.sql and "
                            + "3_add_b.up.sql. Give one of them the next free version.");
        }

        @Test
        void aDownWithoutAnUp() {
            assertThatThrownBy(() -> MigrationSources.sql("classpath:migrations/sql/orphan-down").plan())
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("`0002_drop.down.sql` is a down without an up: add the up script for version 0002, "
                            + "or delete the down.");
        }

        @Test
        void aFileWithoutAVersion() {
            assertThatThrownBy(() -> MigrationSources.sql("classpath:migrations/sql/unversioned").plan())
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("The migration `create_users.sql` in classpath:migrations/sql/unversioned has no "
                            + "version: file names start with a version: 0001_create_users.up.sql. Rename it, or move "
                            + "it out of the folder.");
        }

        @Test
        void anAppliedStepThatWasEditedAfterwards(@TempDir Path folder) throws IOException {
            Files.writeString(folder.resolve("0001_create.up.sql"), "CREATE TABLE t (id int);\n");
            try (Migrator migrator = Migrator.open(database, MigrationSources.sql(folder.toString()))) {
                migrator.migrateAll();
            }
            Files.writeString(folder.resolve("0001_create.up.sql"), "CREATE TABLE t (id bigint);\n");

            assertThatThrownBy(() -> Migrator.open(database, MigrationSources.sql(folder.toString())))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("Step 0001 create changed after it was applied to " + database.name()
                            + ": 0001_create.up.sql now has checksum ")
                    .hasMessageEndingWith("Never edit an applied migration; add a new step instead.")
                    .extracting(e -> ((MigrationException) e).kind())
                    .isEqualTo(MigrationException.Kind.CHECKSUM_CHANGED);
        }
    }
}
