package io.github.migrationtest.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compatible check inside the battery, over core's compatibility history: each step's breaking change is
 * found by the static rules and by replaying the previous version's corpus (as the application role), at exactly
 * that step; the expand-style steps pass.
 */
class BatteryCompatTests {

    static CompatOptions corpora() {
        CompatOptions compat = CompatOptions.NONE.withApplicationRole("mt_compat_app");
        for (int step = 2; step <= 13; step++) {
            compat = compat.withCorpus(QueryCorpus.load(String.format("classpath:compat/corpus/%04d.sql", step),
                    String.format("%04d", step - 1)));
        }
        return compat;
    }

    static Map<String, String> verdicts(VerificationReport report) {
        Map<String, String> actual = new LinkedHashMap<>();
        report.steps().forEach(step -> actual.put(step.step().version(), step.check(CheckResult.COMPATIBLE)
                .map(check -> check.verdict() + (check.findings().isEmpty() ? "" : check.findings().stream()
                        .map(Finding::rule).distinct().sorted().collect(Collectors.joining(", ", " [", "]"))))
                .orElse("(not checked)")));
        return actual;
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void eachBreakingChangeIsFoundAtItsStep(int major) {
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(
                PostgresServers.shared().server(ServerSpec.embedded(major)),
                MigrationSources.sql("classpath:compat/history"), MigrationSettings.defaults(),
                // empty tables: 0004 adds a NOT NULL column without default, which a table with rows refuses
                VerificationOptions.DEFAULTS.withLockSafety(false).withNoDown(NoDownPolicy.WARN).withRowsPerTable(0)
                        .withCompat(corpora()))) {
            report = verifier.verifyAll("compat-pg" + major, VerificationListener.NONE);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("0001", "passed");
        expected.put("0002", "failed [column-renamed, query-fails-to-prepare]");
        expected.put("0003", "failed [column-dropped, query-fails-to-prepare]");
        expected.put("0004", "failed [not-null-without-default, query-fails]");
        expected.put("0005", "failed [function-signature-changed, query-fails-to-prepare]");
        expected.put("0006", "failed [query-fails-to-prepare, type-narrowed]");
        expected.put("0007", "failed [grant-revoked, query-fails]");
        expected.put("0008", "failed [query-fails]");
        expected.put("0009", "failed [enum-label-removed, query-fails-to-prepare]");
        expected.put("0010", "passed");
        expected.put("0011", "passed");
        expected.put("0012", "passed");
        expected.put("0013", "failed [result-shape-changed]");
        assertThat(verdicts(report)).containsExactlyEntriesOf(expected);
        Finding renamed = report.steps().get(1).check(CheckResult.COMPATIBLE).orElseThrow().findings().stream()
                .filter(finding -> finding.rule().equals("query-fails-to-prepare")).findFirst().orElseThrow();
        assertThat(renamed.message()).startsWith("Query find_user (0002.sql:4, version 0001) fails to prepare after "
                + "0002").contains("42703", "renamed to full_name");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void theRollbackDirectionReplaysTheNewVersionsQueriesAfterTheDown(int major) {
        CompatOptions compat = CompatOptions.NONE.withApplicationRole("mt_compat_app").withRollback(true)
                .withCorpus(QueryCorpus.load("classpath:compat/corpus-new/0010.sql", "0010"));
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(
                PostgresServers.shared().server(ServerSpec.embedded(major)),
                MigrationSources.sql("classpath:compat/history"), MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS.withLockSafety(false).withNoDown(NoDownPolicy.WARN).withRowsPerTable(0)
                        .withCompat(compat))) {
            report = verifier.verifyAll("compat-rollback-pg" + major, VerificationListener.NONE);
        }
        CheckResult step10 = report.steps().get(9).check(CheckResult.COMPATIBLE).orElseThrow();
        assertThat(step10.findings()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("query-fails-to-prepare");
            assertThat(finding.message()).startsWith("after the down: Query ");
        });
        // the static rules run too, since the check is on, but no corpus of an earlier version is replayed
        assertThat(verdicts(report)).containsEntry("0011", "passed").containsEntry("0002",
                "failed [column-renamed]");
    }
}
