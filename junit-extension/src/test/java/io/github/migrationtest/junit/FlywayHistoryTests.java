package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FlywayHistoryTests {

    @Test
    void flywayLocationsAreAHistoryOfVersionedMigrationsWithUndoScriptsAsDowns() {
        FlywayTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(FlywayTestCase.class), 1);

        assertThat(FlywayTestCase.SEEN).containsExactly("1 has a down, 2 has none; at 2 after down(2) is refused");
    }

    @MigrationTest(flyway = "classpath:migrations/flyway-shop")
    @MigratedTo("1")
    static class FlywayTestCase {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void migrates(Migrator migrator) {
            assertThat(migrator.current()).map(MigrationStep::version).contains("1");
            migrator.migrateAll();
            boolean refused = false;
            try {
                migrator.down(migrator.step("2"));
            } catch (MigrationException e) {
                refused = e.kind() == MigrationException.Kind.NO_DOWN;
            }
            SEEN.add("1 has " + (migrator.step("1").hasDown() ? "a down" : "none") + ", 2 has "
                    + (migrator.step("2").hasDown() ? "a down" : "none") + "; at "
                    + migrator.current().map(MigrationStep::version).orElse("none") + " after down(2) is "
                    + (refused ? "refused" : "allowed"));
        }
    }
}
