package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

class MigratedToTests {

    @Test
    void testsStartAtTheVersionFromACachedTemplate() {
        AtVersionTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(AtVersionTestCase.class), 3);

        assertThat(AtVersionTestCase.SEEN).hasSize(3);
        String a = AtVersionTestCase.SEEN.stream().filter(s -> s.startsWith("a ")).findFirst().orElseThrow();
        String b = AtVersionTestCase.SEEN.stream().filter(s -> s.startsWith("b ")).findFirst().orElseThrow();
        String c = AtVersionTestCase.SEEN.stream().filter(s -> s.startsWith("c ")).findFirst().orElseThrow();
        assertThat(a).endsWith(" at 0001");
        // both clones of one template: a replay per test would have recorded another time
        assertThat(b.substring(2)).isEqualTo(a.substring(2));
        assertThat(c).endsWith(" at 0002");
    }

    @MigrationTest(sql = "classpath:migrations/shop")
    @MigratedTo("1")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class AtVersionTestCase {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        private String installedOn;

        @BeforeEach
        void readHistory(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT min(installed_on)::text FROM "
                            + "migrationtest_schema_history WHERE version = '0001'")) {
                rs.next();
                installedOn = rs.getString(1);
            }
        }

        @Test
        void a(Migrator migrator) {
            SEEN.add("a " + installedOn + " at " + migrator.current().map(MigrationStep::version).orElse("none"));
        }

        @Test
        void b(Migrator migrator) {
            assertThat(migrator.pending()).extracting(MigrationStep::version).containsExactly("0002");
            SEEN.add("b " + installedOn + " at " + migrator.current().map(MigrationStep::version).orElse("none"));
        }

        @Test
        @MigratedTo("2")
        void c(Migrator migrator) {
            assertThat(migrator.pending()).isEmpty();
            SEEN.add("c " + installedOn + " at " + migrator.current().map(MigrationStep::version).orElse("none"));
        }
    }
}
