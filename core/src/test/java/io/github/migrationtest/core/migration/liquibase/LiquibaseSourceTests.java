package io.github.migrationtest.core.migration.liquibase;

import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.columns;
import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.history;
import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.indexes;
import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.strings;
import static io.github.migrationtest.core.migration.liquibase.LiquibaseTestDatabase.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.List;
import io.github.migrationtest.core.migration.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class LiquibaseSourceTests {

    private static final String YAML = "classpath:migrations/liquibase/yaml/db.changelog-master.yaml";
    private static final String XML = "classpath:migrations/liquibase/xml/master.xml";
    private static final String SQL = "classpath:migrations/liquibase/sql/changelog.sql";

    private final TestDatabase db;

    LiquibaseSourceTests(TestDatabase db) {
        LiquibaseTestDatabase.quietLiquibase();
        this.db = db;
    }

    @Test
    void planHasOneStepPerChangesetWithIdsDescriptionsDownsAndTransactions() {
        MigrationPlan plan = MigrationSources.liquibase(YAML).plan();

        assertThat(plan.source()).isEqualTo("Liquibase changelog " + YAML);
        assertThat(plan.steps()).extracting(MigrationStep::version).containsExactly("1", "2", "3", "4", "5");
        assertThat(plan.steps()).extracting(MigrationStep::description).containsExactly(
                "createTable tableName=users", "Add an email column", "Backfill emails",
                "Index emails without blocking writes", "sql");
        assertThat(plan.steps()).extracting(MigrationStep::location).containsExactly(
                "migrations/liquibase/yaml/changes/001-create-users.yaml::1::alice",
                "migrations/liquibase/yaml/db.changelog-master.yaml::2::alice",
                "migrations/liquibase/yaml/db.changelog-master.yaml::3::alice",
                "migrations/liquibase/yaml/db.changelog-master.yaml::4::bob",
                "migrations/liquibase/yaml/db.changelog-master.yaml::5::bob");
        assertThat(plan.steps()).extracting(MigrationStep::hasDown).containsExactly(true, true, true, true, false);
        assertThat(plan.steps()).extracting(MigrationStep::transactional).containsExactly(true, true, true, false,
                true);
        assertThat(plan.step("1").downLocation()).hasValueSatisfying(d -> assertThat(d)
                .endsWith("(automatic rollback)"));
        assertThat(plan.step("3").downLocation()).hasValueSatisfying(d -> assertThat(d).endsWith("(rollback block)"));
        assertThat(plan.step("5").noDownReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("changeset 5::bob: sql has no automatic rollback and no rollback block")
                .contains("No inverse to liquibase.change.core.RawSQLChange created"));
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.checksum()).matches("9:[0-9a-f]{32}"));
        assertThat(plan.steps()).extracting(MigrationStep::checksum).doesNotHaveDuplicates();
        assertThat(MigrationSources.liquibase(YAML).plan().steps()).extracting(MigrationStep::checksum)
                .isEqualTo(plan.steps().stream().map(MigrationStep::checksum).toList());
    }

    @Test
    void migratorMovesUpAndDownOneChangesetAtATime() throws Exception {
        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(YAML))) {
            assertThat(migrator.current()).isEmpty();
            assertThat(history(db)).isEmpty();

            migrator.migrateTo("2");
            assertThat(history(db)).containsExactly("1", "2");
            assertThat(migrator.current()).map(MigrationStep::version).hasValue("2");
            assertThat(migrator.pending()).extracting(MigrationStep::version).containsExactly("3", "4", "5");
            assertThat(columns(db, "users")).containsExactly("id", "name", "email");

            migrator.up(migrator.step("3"));
            assertThat(history(db)).containsExactly("1", "2", "3");
            migrator.up(migrator.step("4"));
            assertThat(history(db)).containsExactly("1", "2", "3", "4");
            assertThat(indexes(db)).contains("users_email_idx");

            migrator.down(migrator.step("4"));
            assertThat(history(db)).containsExactly("1", "2", "3");
            assertThat(indexes(db)).doesNotContain("users_email_idx");

            migrator.downTo("1");
            assertThat(history(db)).containsExactly("1");
            assertThat(columns(db, "users")).containsExactly("id", "name");
            assertThat(migrator.current()).map(MigrationStep::version).hasValue("1");

            migrator.down(migrator.step("1")); // automatic rollback: createTable -> dropTable
            assertThat(history(db)).isEmpty();
            assertThat(tables(db)).isEmpty();
            assertThat(migrator.current()).isEmpty();

            migrator.migrateAll();
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5");
            assertThat(migrator.pending()).isEmpty();
            assertThat(strings(db, "SELECT name || ' ' || coalesce(email, '-') FROM users")).containsExactly("seed -");
        }
        // reopening compares every applied changeset's checksum with databasechangelog.md5sum
        try (Migrator reopened = Migrator.open(db, MigrationSources.liquibase(YAML))) {
            assertThat(reopened.current()).map(MigrationStep::version).hasValue("5");
            assertThat(strings(db, "SELECT md5sum FROM databasechangelog ORDER BY orderexecuted"))
                    .isEqualTo(reopened.plan().steps().stream().map(MigrationStep::checksum).toList());
        }
    }

    @Test
    void explicitRollbackBlockRunsOnDown() throws Exception {
        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(YAML))) {
            migrator.migrateTo("2");
            execute("INSERT INTO users (name) VALUES ('ada')");
            migrator.up(migrator.step("3"));
            assertThat(strings(db, "SELECT email FROM users")).containsExactly("ada@example.com");

            migrator.down(migrator.step("3"));
            assertThat(strings(db, "SELECT coalesce(email, 'null') FROM users")).containsExactly("null");
            assertThat(history(db)).containsExactly("1", "2");
        }
    }

    @Test
    void downOfAChangesetLiquibaseCannotRollBackFailsWithLiquibasesReason() throws Exception {
        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(YAML))) {
            migrator.migrateAll();

            assertThatThrownBy(() -> migrator.down(migrator.step("5")))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.NO_DOWN))
                    .hasMessageStartingWith("Step 5 sql has no down: changeset 5::bob: sql has no automatic "
                            + "rollback and no rollback block")
                    .hasMessageContaining("No inverse to liquibase.change.core.RawSQLChange created")
                    .hasMessageContaining("Add a rollback block");
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void formattedSqlChangelogWithRollbackLinesAndNonTransactionalChangeset() throws Exception {
        MigrationSource source = MigrationSources.liquibase(SQL);
        MigrationPlan plan = source.plan();
        assertThat(plan.steps()).extracting(MigrationStep::version).containsExactly("1", "2", "3", "4");
        assertThat(plan.step("1").description()).isEqualTo("Orders");
        assertThat(plan.step("1").location()).isEqualTo("migrations/liquibase/sql/changelog.sql::1::carol");
        assertThat(plan.steps()).extracting(MigrationStep::transactional).containsExactly(true, false, true, true);
        assertThat(plan.steps()).extracting(MigrationStep::hasDown).containsExactly(true, true, true, false);
        assertThat(plan.step("4").noDownReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("changeset 4::carol: sql has no automatic rollback and no rollback block")
                .contains("Liquibase does not support automatic rollback generation for raw sql changes")
                .contains("--rollback lines"));

        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.migrateTo("3");
            assertThat(history(db)).containsExactly("1", "2", "3");
            assertThat(indexes(db)).contains("orders_total_idx");
            assertThat(strings(db, "SELECT count(*) FROM orders")).containsExactly("1");

            migrator.downTo("1");
            assertThat(history(db)).containsExactly("1");
            assertThat(indexes(db)).doesNotContain("orders_total_idx");
            assertThat(strings(db, "SELECT count(*) FROM orders")).containsExactly("0");

            migrator.migrateAll();
            assertThat(history(db)).containsExactly("1", "2", "3", "4");
            assertThat(columns(db, "orders")).containsExactly("id", "total", "note");
        }
    }

    @Test
    void xmlChangelogWithIncludeAllOfXmlAndFormattedSql() throws Exception {
        MigrationPlan plan = MigrationSources.liquibase(XML).plan();
        assertThat(plan.steps()).extracting(MigrationStep::version)
                .containsExactly("accounts", "audit", "accounts-test-data", "accounts-limit");
        assertThat(plan.step("audit").location())
                .isEqualTo("migrations/liquibase/xml/changes/002-audit.sql::audit::dave");
        assertThat(plan.step("audit").description()).isEqualTo("Audit table, from formatted SQL included by XML");
        assertThat(plan.step("accounts").description()).isEqualTo("Accounts");
        assertThat(plan.steps()).allMatch(MigrationStep::hasDown);

        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(XML))) {
            migrator.migrateAll();
            assertThat(history(db)).containsExactly("accounts", "audit", "accounts-test-data", "accounts-limit");
            assertThat(tables(db)).containsExactly("accounts", "audit");
            assertThat(columns(db, "accounts")).containsExactly("id", "owner", "credit_limit");

            migrator.downTo("audit");
            assertThat(history(db)).containsExactly("accounts", "audit");
            assertThat(columns(db, "accounts")).containsExactly("id", "owner");
            assertThat(strings(db, "SELECT count(*) FROM accounts")).containsExactly("0");

            migrator.downAll();
            assertThat(history(db)).isEmpty();
            assertThat(tables(db)).isEmpty();
        }
    }

    @Test
    void aChangelogGivenAsAFilePathWorksLikeTheClasspathOne() throws Exception {
        String file = "src/test/resources/migrations/liquibase/xml/master.xml";
        MigrationPlan plan = MigrationSources.liquibase(file).plan();
        assertThat(plan.steps()).extracting(MigrationStep::version)
                .containsExactly("accounts", "audit", "accounts-test-data", "accounts-limit");
        assertThat(plan.step("audit").location()).isEqualTo("changes/002-audit.sql::audit::dave");

        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(file))) {
            migrator.migrateTo("audit");
            assertThat(history(db)).containsExactly("accounts", "audit");
            assertThat(strings(db, "SELECT filename FROM databasechangelog ORDER BY orderexecuted"))
                    .containsExactly("changes/001-accounts.xml", "changes/002-audit.sql");
        }
    }

    @Test
    void contextsAndLabelsSelectTheSteps() throws Exception {
        assertThat(versions(MigrationSources.liquibase(SQL, "prod", ""))).containsExactly("1", "2", "4");
        assertThat(versions(MigrationSources.liquibase(SQL, "test", ""))).containsExactly("1", "2", "3", "4");
        assertThat(versions(MigrationSources.liquibase(SQL, "", "!demo"))).containsExactly("1", "2", "4");
        assertThat(versions(MigrationSources.liquibase(XML, "prod", "")))
                .containsExactly("accounts", "audit", "accounts-limit");
        assertThat(versions(MigrationSources.liquibase(XML, "test", "!v2")))
                .containsExactly("accounts", "audit", "accounts-test-data");
        assertThat(MigrationSources.liquibase(XML, "test", "!v2").description())
                .isEqualTo("Liquibase changelog " + XML + " (contexts test, labels !v2)");

        try (Migrator migrator = Migrator.open(db, MigrationSources.liquibase(XML, "test", "!v2"))) {
            migrator.migrateAll();
            assertThat(history(db)).containsExactly("accounts", "audit", "accounts-test-data");
            assertThat(columns(db, "accounts")).containsExactly("id", "owner");
            assertThat(strings(db, "SELECT owner FROM accounts")).containsExactly("test");

            migrator.down(migrator.step("accounts-test-data"));
            assertThat(history(db)).containsExactly("accounts", "audit");
            assertThat(strings(db, "SELECT count(*) FROM accounts")).containsExactly("0");
        }
    }

    private static List<String> versions(MigrationSource source) {
        return source.plan().steps().stream().map(MigrationStep::version).toList();
    }

    private void execute(String sql) throws Exception {
        try (var connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
