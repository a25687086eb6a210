package io.github.migrationtest.core.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.migration.MigrationSources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each unsafe operation of the safety catalog next to its safe form, traced on real PostgreSQL 13 and 18 against
 * non-empty tables: the exact rules each step breaks.
 */
class LockRulesTests {

    private static final Map<Integer, Map<String, LockTrace>> TRACES = new ConcurrentHashMap<>();

    private static Map<String, LockTrace> traces(int major) {
        return TRACES.computeIfAbsent(major, m -> Traces.all(m, MigrationSources.sql("classpath:locks/sql")));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void eachStepBreaksExactlyTheRulesItShould(int major) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("0001", List.of()); // everything is created in the step
        expected.put("0002", List.of(LockRules.STRONG_LOCK_INDEX_BUILD));
        expected.put("0003", List.of());
        expected.put("0004", List.of(LockRules.STRONG_LOCK_REWRITE));
        expected.put("0005", List.of());
        expected.put("0006", List.of(LockRules.STRONG_LOCK_REWRITE));
        expected.put("0007", List.of());
        expected.put("0008", List.of(LockRules.STRONG_LOCK_SCAN));
        expected.put("0009", List.of());
        expected.put("0010", List.of());
        expected.put("0011", List.of());
        expected.put("0012", List.of(LockRules.STRONG_LOCK_SCAN));
        expected.put("0013", List.of());
        expected.put("0014", List.of());
        expected.put("0015", List.of(LockRules.STRONG_LOCK_INDEX_BUILD));
        expected.put("0016", List.of());
        expected.put("0017", List.of());
        expected.put("0018", List.of(LockRules.STATEMENTS_AFTER_ACCESS_EXCLUSIVE));
        expected.put("0019", List.of(LockRules.NO_LOCK_TIMEOUT));
        expected.put("0020", List.of(LockRules.STRONG_LOCK_REWRITE));

        assertThat(Traces.ruleIds(traces(major))).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void aFindingSaysWhereWhatUnderWhichLockForHowLongAndWhatToDoInstead(int major) {
        List<Finding> findings = LockRules.findings(traces(major).get("0002"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.category()).isEqualTo(Category.LOCK);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.step()).isEqualTo("0002");
            assertThat(finding.message())
                    .contains("0002_create_index.up.sql:2", "SHARE on t", "built index t_b_idx",
                            "reading 2000 tuples", "blocked writes of t for ", " ms", "CONCURRENTLY",
                            "require-concurrent-index-creation", "E6", "PostgreSQL " + major);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void theSetNotNullScanIsNamedWithItsTuplesAndTheForeignKeyScanWithItsLock(int major) {
        assertThat(LockRules.findings(traces(major).get("0008"))).singleElement().extracting(Finding::message)
                .asString().contains("ACCESS EXCLUSIVE on t", "2000 tuples", "reads and writes");
        assertThat(LockRules.findings(traces(major).get("0012"))).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("SHARE ROW EXCLUSIVE on t", "writes of t"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void statementsAfterAccessExclusiveAreListedAndTheMissingTimeoutIsAWarning(int major) {
        assertThat(LockRules.findings(traces(major).get("0018"))).singleElement().extracting(Finding::message)
                .asString().contains("0018_statements_after_exclusive.up.sql:2", "ACCESS EXCLUSIVE on parent",
                        "2 more statements", ":3 `COMMENT ON COLUMN", ":4 `CREATE TABLE parent_notes", "E4");
        assertThat(LockRules.findings(traces(major).get("0019"))).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("ACCESS EXCLUSIVE on t", "lock_timeout", "E9");
        });
    }
}
