package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Many tests at once, in JUnit's parallel mode, each seeing only its own database. */
class ParallelExecutionTests {

    @Test
    void fortyEightConcurrentTestsInTwoClassesNeverSeeEachOthersRows() throws SQLException {
        Workload.reset();

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(Map.of(
                        MigrationTestConfig.PROVIDER, "embedded",
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"))
                .selectors(selectClass(FirstTestCase.class), selectClass(SecondTestCase.class))
                .execute();

        EngineRuns.assertAllSucceeded(results, 48);
        assertThat(Workload.maxConcurrent.get()).as("tests that overlapped in time").isGreaterThan(1);
        assertThat(Workload.databases).hasSize(48).doesNotHaveDuplicates();
        assertThat(EngineRuns.databasesOn(17)).doesNotContainAnyElementsOf(Workload.databases);
    }

    static final class Workload {
        static final AtomicInteger running = new AtomicInteger();
        static final AtomicInteger maxConcurrent = new AtomicInteger();
        static final List<String> databases = new CopyOnWriteArrayList<>();

        static void reset() {
            running.set(0);
            maxConcurrent.set(0);
            databases.clear();
        }

        // Same table name in every database; each test must find exactly its own marker.
        static void run(String marker, TestDatabase database, Connection connection) throws Exception {
            maxConcurrent.accumulateAndGet(running.incrementAndGet(), Math::max);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE shared_name (marker text PRIMARY KEY)");
                statement.execute("INSERT INTO shared_name VALUES ('" + marker + "')");
                Thread.sleep(50);
                try (ResultSet rs = statement.executeQuery("SELECT array_agg(marker) FROM shared_name")) {
                    rs.next();
                    assertThat((String[]) rs.getArray(1).getArray()).containsExactly(marker);
                }
                databases.add(database.name());
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @MigrationTest
    static class FirstTestCase {
        @RepeatedTest(24)
        void isolated(RepetitionInfo repetition, TestDatabase database, Connection connection) throws Exception {
            Workload.run("first-" + repetition.getCurrentRepetition(), database, connection);
        }
    }

    @MigrationTest
    static class SecondTestCase {
        @RepeatedTest(24)
        void isolated(RepetitionInfo repetition, TestDatabase database, Connection connection) throws Exception {
            Workload.run("second-" + repetition.getCurrentRepetition(), database, connection);
        }
    }
}
