package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.Migrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class LockTimeoutTests {

    @Test
    void stepsRunUnderTheConfiguredLockTimeout() {
        RecordingTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(RecordingTestCase.class,
                MigrationTestConfig.LOCK_TIMEOUT, "750ms"), 1);
        EngineRuns.assertAllSucceeded(EngineRuns.run(RecordingTestCase.class), 1);
        EngineRuns.assertAllSucceeded(EngineRuns.run(RecordingTestCase.class,
                MigrationTestConfig.LOCK_TIMEOUT, "PT2S"), 1);

        assertThat(RecordingTestCase.SEEN).containsExactly("750ms", "10s", "2s");
    }

    @Test
    void aValueThatIsNotADurationNamesTheParameter() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(RecordingTestCase.class,
                MigrationTestConfig.LOCK_TIMEOUT, "soon")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("Configuration parameter `migrationtest.lock-timeout` = \"soon\" is not a "
                        + "duration. Use e.g. 10s, 500ms, 2m or PT30S.");
    }

    @MigrationTest(sql = "classpath:migrations/lock-timeout")
    static class RecordingTestCase {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void records(Migrator migrator, Connection connection) throws SQLException {
            migrator.migrateAll();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT lock_timeout FROM seen")) {
                rs.next();
                SEEN.add(rs.getString(1));
            }
        }
    }
}
