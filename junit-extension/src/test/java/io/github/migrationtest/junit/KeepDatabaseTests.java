package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class KeepDatabaseTests {

    @Test
    void onFailureKeepsTheFailedTestsDatabaseAndPublishesItsUrl() throws SQLException {
        OnFailureTestCase.SEEN.clear();

        EngineExecutionResults results = EngineRuns.run(OnFailureTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        String failed = OnFailureTestCase.SEEN.get("fails").name();
        String passed = OnFailureTestCase.SEEN.get("passes").name();
        try {
            assertThat(EngineRuns.databasesOn(17)).contains(failed).doesNotContain(passed);
            List<String> published = results.allEvents().reportingEntryPublished().stream()
                    .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                    .map(pairs -> pairs.get(MigrationTestConfig.KEPT_DATABASE_REPORT_KEY)).toList();
            assertThat(published).containsExactly(OnFailureTestCase.SEEN.get("fails").jdbcUrl());
        } finally {
            PostgresServers.shared().server(ServerSpec.embedded(17)).dropDatabase(failed);
        }
    }

    @Test
    void neverDropsEvenTheFailedTestsDatabase() throws SQLException {
        NeverTestCase.SEEN.clear();

        EngineExecutionResults results = EngineRuns.run(NeverTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(EngineRuns.databasesOn(17)).doesNotContain(NeverTestCase.SEEN.get("fails").name());
        assertThat(results.allEvents().reportingEntryPublished().count()).isZero();
    }

    @Test
    void theConfigurationParameterAppliesWhenTheAnnotationSaysNothing() throws SQLException {
        AnnotatedNeverTestCase.SEEN.clear();
        DefaultTestCase.SEEN.clear();

        EngineRuns.run(DefaultTestCase.class, MigrationTestConfig.KEEP_DATABASE, "on_failure")
                .testEvents().assertStatistics(stats -> stats.failed(1));
        EngineRuns.run(AnnotatedNeverTestCase.class, MigrationTestConfig.KEEP_DATABASE, "always")
                .testEvents().assertStatistics(stats -> stats.failed(1));

        String kept = DefaultTestCase.SEEN.get("fails").name();
        try {
            assertThat(EngineRuns.databasesOn(17)).contains(kept)
                    .doesNotContain(AnnotatedNeverTestCase.SEEN.get("fails").name());
        } finally {
            PostgresServers.shared().server(ServerSpec.embedded(17)).dropDatabase(kept);
        }
    }

    @MigrationTest(keepDatabase = KeepDatabase.ON_FAILURE)
    static class OnFailureTestCase {
        static final Map<String, TestDatabase> SEEN = new ConcurrentHashMap<>();

        @Test
        void passes(TestDatabase database) {
            SEEN.put("passes", database);
        }

        @Test
        void fails(TestDatabase database) {
            SEEN.put("fails", database);
            throw new AssertionError("on purpose");
        }
    }

    @MigrationTest(keepDatabase = KeepDatabase.NEVER)
    static class NeverTestCase {
        static final Map<String, TestDatabase> SEEN = new ConcurrentHashMap<>();

        @Test
        void fails(TestDatabase database) {
            SEEN.put("fails", database);
            throw new AssertionError("on purpose");
        }
    }

    @MigrationTest(keepDatabase = KeepDatabase.NEVER)
    static class AnnotatedNeverTestCase {
        static final Map<String, TestDatabase> SEEN = new ConcurrentHashMap<>();

        @Test
        void fails(TestDatabase database) {
            SEEN.put("fails", database);
            throw new AssertionError("on purpose");
        }
    }

    @MigrationTest
    static class DefaultTestCase {
        static final Map<String, TestDatabase> SEEN = new ConcurrentHashMap<>();

        @Test
        void fails(TestDatabase database) {
            SEEN.put("fails", database);
            throw new AssertionError("on purpose");
        }
    }
}
