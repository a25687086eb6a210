package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

class MigratorParameterTests {

    @Test
    void aTestGetsAMigratorOnItsOwnDatabaseAndThePlan() {
        MigratingTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(MigratingTestCase.class), 2);

        assertThat(MigratingTestCase.SEEN).containsExactlyInAnyOrder("plan [0001, 0002]", "0002 in test",
                "nothing applied in a fresh database");
    }

    @Test
    void aMigratorWithoutAHistoryIsRefusedWithTheAttributeToSet() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.run(NoHistoryTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("A Migrator or MigrationPlan needs a migration history, but "
                        + NoHistoryTestCase.class.getName() + " names none and none was found at "
                        + "classpath:db/migration (Flyway) or classpath:db/changelog/db.changelog-master."
                        + "{yaml,yml,xml,sql,json} (Liquibase). Set it on the annotation: @MigrationTest(sql = "
                        + "\"src/main/resources/db/migrations\"), flyway = \"...\" or liquibase = \"...\".");
    }

    @Test
    void aMissingFolderFailsTheTestWithTheFolderNamed() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.run(MissingFolderTestCase.class));

        assertThat(failure).hasMessageContaining("The SQL migrations folder `classpath:migrations/nowhere` does not "
                + "exist");
    }

    @MigrationTest(sql = "classpath:migrations/shop")
    static class MigratingTestCase {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @BeforeAll
        static void plan(MigrationPlan plan) {
            SEEN.add("plan " + plan.steps().stream().map(MigrationStep::version).toList());
        }

        @Test
        void migrates(Migrator migrator, TestDatabase database, Connection connection) throws SQLException {
            assertThat(migrator.database()).isEqualTo(database);
            migrator.migrateAll();
            migrator.down(migrator.step("2"));
            migrator.migrateTo("2");
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM information_schema.columns "
                            + "WHERE table_name = 'customer' AND column_name = 'name'")) {
                rs.next();
                assertThat(rs.getInt(1)).isOne();
            }
            SEEN.add(migrator.current().orElseThrow().version() + " in test");
        }

        @Test
        void startsEmpty(Migrator migrator) {
            if (migrator.current().isEmpty()) {
                SEEN.add("nothing applied in a fresh database");
            }
        }
    }

    @MigrationTest
    static class NoHistoryTestCase {
        @Test
        void test(Migrator migrator) {
        }
    }

    @MigrationTest(sql = "classpath:migrations/nowhere")
    static class MissingFolderTestCase {
        @Test
        void test(Migrator migrator) {
        }
    }
}
