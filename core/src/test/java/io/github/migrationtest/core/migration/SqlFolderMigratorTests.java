package io.github.migrationtest.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plain SQL source, driven by the Migrator on real PostgreSQL. */
@ExtendWith(FreshDatabase.class)
class SqlFolderMigratorTests {

    private static final String PAIRS = "classpath:migrations/sql/pairs";

    private final TestDatabase database;

    SqlFolderMigratorTests(TestDatabase database) {
        this.database = database;
    }

    @Test
    void thePlanSortsVersionsNaturallyAndKnowsWhatRunsOutsideATransaction() {
        MigrationPlan plan = MigrationSources.sql(PAIRS).plan();

        assertThat(plan.steps()).extracting(MigrationStep::version)
                .containsExactly("0001", "0002", "9", "10");
        assertThat(plan.steps()).extracting(MigrationStep::description)
                .containsExactly("create_users", "add_name", "create_orders", "index_email");
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.hasDown()).isTrue());
        assertThat(plan.steps()).extracting(MigrationStep::transactional).containsExactly(true, true, true, false);
        assertThat(plan.step("1").location()).isEqualTo("0001_create_users.up.sql");
        assertThat(plan.step("1").downLocation()).contains("0001_create_users.down.sql");
    }

    @Test
    void stepsUpAndDownOneAtATimeKeepingTheHistoryTrue() throws SQLException {
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(PAIRS))) {
            assertThat(migrator.current()).isEmpty();
            assertThat(migrator.pending()).hasSize(4);

            migrator.up(migrator.step("1"));
            assertThat(Databases.tables(database)).containsExactly("users");
            assertThat(migrator.current()).map(MigrationStep::version).contains("0001");

            migrator.migrateTo("9");
            assertThat(Databases.tables(database)).containsExactly("orders", "users");
            assertThat(Databases.columns(database, "users")).containsExactly("id", "email", "name");
            assertThat(history()).containsExactly("0001", "0002", "9");

            migrator.migrateAll();
            assertThat(Databases.indexes(database)).contains("users_email_idx");
            assertThat(migrator.pending()).isEmpty();

            migrator.down(migrator.step("10"));
            assertThat(Databases.indexes(database)).doesNotContain("users_email_idx");

            migrator.downTo("1");
            assertThat(Databases.tables(database)).containsExactly("users");
            assertThat(Databases.columns(database, "users")).containsExactly("id", "email");
            assertThat(history()).containsExactly("0001");

            migrator.downAll();
            assertThat(Databases.tables(database)).isEmpty();
            assertThat(history()).isEmpty();
        }
    }

    @Test
    void anotherMigratorSeesWhatTheFirstApplied() {
        try (Migrator first = Migrator.open(database, MigrationSources.sql(PAIRS))) {
            first.migrateTo("2");
        }
        try (Migrator second = Migrator.open(database, MigrationSources.sql(PAIRS))) {
            assertThat(second.current()).map(MigrationStep::version).contains("0002");
            assertThat(second.pending()).extracting(MigrationStep::version).containsExactly("9", "10");
        }
    }

    @Test
    void dieselFoldersAndDbmateFilesAreStepsToo() throws SQLException {
        MigrationPlan diesel = MigrationSources.sql("classpath:migrations/sql/diesel").plan();
        assertThat(diesel.steps()).extracting(MigrationStep::version)
                .containsExactly("2024-01-01-000000", "2024-01-02-000000");
        assertThat(diesel.step("2024-01-02-000000").noDownReason())
                .contains("no down script: add 2024-01-02-000000_add_email/down.sql to make it reversible");

        try (Migrator migrator = Migrator.open(database, MigrationSources.sql("classpath:migrations/sql/dbmate"))) {
            assertThat(migrator.plan().steps()).extracting(MigrationStep::transactional).containsExactly(true, false);
            migrator.migrateAll();
            assertThat(Databases.indexes(database)).contains("users_email_idx");
            migrator.downAll();
            assertThat(Databases.tables(database)).isEmpty();
        }
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheNextStepNamed() {
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(PAIRS))) {
            migrator.migrateTo("1");

            assertThatThrownBy(() -> migrator.up(migrator.step("9")))
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("up(9 create_orders) is out of order: " + database.name() + " is at 0001 "
                            + "create_users, so the next step is 0002 add_name. Use migrateTo(\"9\") to apply every "
                            + "step up to it.")
                    .extracting(e -> ((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.OUT_OF_ORDER);
            assertThatThrownBy(() -> migrator.down(migrator.step("2")))
                    .hasMessageStartingWith("down(0002 add_name) is out of order: ");
            assertThatThrownBy(() -> migrator.step("42"))
                    .hasMessage("No step has version 42 in plain SQL folder " + PAIRS + ". Versions: [0001, 0002, "
                            + "9, 10].");
        }
    }

    @Test
    void aStepWithoutADownSaysSoAndWhatToAdd() {
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql("classpath:migrations/sql/diesel"))) {
            migrator.migrateAll();

            assertThatThrownBy(() -> migrator.down(migrator.step("2024-01-02-000000")))
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("Step 2024-01-02-000000 add_email has no down: no down script: add "
                            + "2024-01-02-000000_add_email/down.sql to make it reversible.");
        }
    }

    @Test
    void aDownRunsOnAFreshConnectionSoSessionStateCannotHideABrokenDown() throws SQLException {
        try (Migrator migrator = Migrator.open(database,
                MigrationSources.sql("classpath:migrations/sql/session-state"))) {
            migrator.migrateAll();

            assertThatThrownBy(() -> migrator.down(migrator.step("1")))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Message   : ERROR: table \"scratch\" does not exist");
            // the failed down left the database as it was
            assertThat(Databases.tables(database)).containsExactly("kept");
            assertThat(migrator.current()).map(MigrationStep::version).contains("0001");
        }
    }

    private java.util.List<String> history() throws SQLException {
        return Databases.query(database, "SELECT version FROM migrationtest_schema_history ORDER BY installed_rank");
    }

}
