package io.github.migrationtest.core.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hook observes the statements Flyway and Liquibase run themselves, on their own connections. */
class LockToolsTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void flyway(int major) {
        Map<String, LockTrace> traces = Traces.all(major, MigrationSources.flyway("classpath:locks/flyway"));

        assertRules(traces, "1", "2", "3");
        assertThat(Traces.statement(traces.get("2"), "CREATE INDEX").location())
                .isEqualTo("locks/flyway/V2__create_index.sql:2");
        assertConcurrentlySeen(traces.get("3"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void liquibase(int major) {
        MigrationSource source = MigrationSources.liquibase("classpath:locks/liquibase/changelog.sql");
        Map<String, LockTrace> traces = Traces.all(major, source);

        assertRules(traces, "1", "2", "3");
        assertThat(Traces.statement(traces.get("2"), "CREATE INDEX").location()).isEqualTo("locks/liquibase/changelog.sql:27");
        assertConcurrentlySeen(traces.get("3"));
    }

    @Test
    void aDecoratorTheSettingsAlreadyHaveStillSeesTheConnections() {
        AtomicInteger decorated = new AtomicInteger();
        MigrationSettings settings = MigrationSettings.defaults().withConnectionDecorator(connection -> {
            decorated.incrementAndGet();
            return connection;
        });

        Map<String, LockTrace> traces = Traces.all(18, MigrationSources.flyway("classpath:locks/flyway"), settings);

        assertThat(decorated).hasPositiveValue();
        assertThat(Traces.ruleIds(traces).get("2")).containsExactly(LockRules.STRONG_LOCK_INDEX_BUILD);
    }

    private static void assertRules(Map<String, LockTrace> traces, String fixture, String index, String concurrently) {
        assertThat(Traces.ruleIds(traces)).isEqualTo(Map.of(
                fixture, List.of(),
                index, List.of(LockRules.STRONG_LOCK_INDEX_BUILD),
                concurrently, List.of()));
        // the tool's bookkeeping is not the migration's
        assertThat(traces.get(index).statements()).extracting(StatementTrace::sql)
                .containsExactly("SET lock_timeout = '1s'", "CREATE INDEX t_b_idx ON t (b)");
    }

    private static void assertConcurrentlySeen(LockTrace trace) {
        StatementTrace concurrently = Traces.statement(trace, "CONCURRENTLY");
        assertThat(concurrently.inTransaction()).isFalse();
        assertThat(concurrently.locksHeld()).contains(new RelationLock("t", "t", LockMode.SHARE_UPDATE_EXCLUSIVE));
    }
}
