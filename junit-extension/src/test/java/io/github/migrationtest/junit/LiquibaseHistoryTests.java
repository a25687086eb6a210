package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class LiquibaseHistoryTests {

    @Test
    void aLiquibaseChangelogIsAHistoryOfChangesetsFilteredByContext() {
        LiquibaseTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(LiquibaseTestCase.class), 1);

        assertThat(LiquibaseTestCase.SEEN).containsExactly("[customer] then customer applied");
    }

    @Test
    void twoHistoriesOnOneClassAreRefused() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(TwoHistoriesTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest on " + TwoHistoriesTestCase.class.getName() + " names 2 migration "
                        + "histories (sql, liquibase): a test class tests one history. Keep one of them, and split "
                        + "the class if you have several histories.");
    }

    @MigrationTest(liquibase = "classpath:migrations/liquibase-shop/changelog.yaml", liquibaseContexts = "prod")
    static class LiquibaseTestCase {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void migrates(Migrator migrator, MigrationPlan plan) {
            migrator.migrateAll();
            SEEN.add(plan.steps().stream().map(MigrationStep::version).toList() + " then "
                    + migrator.current().map(MigrationStep::version).orElse("none") + " applied");
        }
    }

    @MigrationTest(sql = "classpath:migrations/shop", liquibase = "classpath:migrations/liquibase-shop/changelog.yaml")
    static class TwoHistoriesTestCase {
        @Test
        void test() {
        }
    }
}
