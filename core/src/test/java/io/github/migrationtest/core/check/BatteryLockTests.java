package io.github.migrationtest.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.compat.CorpusQuery;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lock-safe check inside the battery, over the catalog's unsafe operations next to their safe forms
 * ({@code locks/sql}, which has no downs): the exact verdict and rules at exactly each step, on PG 13 and 18.
 */
class BatteryLockTests {

    static VerificationReport run(int major, VerificationOptions options) {
        try (MigrationVerifier verifier = MigrationVerifier.start(
                PostgresServers.shared().server(ServerSpec.embedded(major)), MigrationSources.sql("classpath:locks/sql"),
                MigrationSettings.defaults(), options.withNoDown(NoDownPolicy.WARN))) {
            return verifier.verifyAll("locks-pg" + major, VerificationListener.NONE);
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void everyUnsafeOperationFailsAtItsStepAndEverySafeFormPasses(int major) {
        VerificationReport report = run(major, VerificationOptions.DEFAULTS);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("0001", "passed");
        expected.put("0002", "failed [strong-lock-index-build]");
        expected.put("0003", "passed");
        expected.put("0004", "failed [strong-lock-rewrite]");
        expected.put("0005", "passed");
        expected.put("0006", "failed [strong-lock-rewrite]");
        expected.put("0007", "passed");
        expected.put("0008", "failed [strong-lock-scan]");
        expected.put("0009", "passed");
        expected.put("0010", "passed");
        expected.put("0011", "passed");
        expected.put("0012", "failed [strong-lock-scan]");
        expected.put("0013", "passed");
        expected.put("0014", "passed");
        expected.put("0015", "failed [strong-lock-index-build]");
        expected.put("0016", "passed");
        expected.put("0017", "passed");
        expected.put("0018", "failed [statements-after-access-exclusive]");
        expected.put("0019", "warned [no-lock-timeout]");
        expected.put("0020", "failed [strong-lock-rewrite]");
        Map<String, String> actual = new LinkedHashMap<>();
        report.steps().forEach(step -> actual.put(step.step().version(), step.check(CheckResult.LOCK_SAFE)
                .map(check -> check.verdict() + (check.findings().isEmpty() ? "" : check.findings().stream()
                        .map(Finding::rule).distinct().collect(Collectors.joining(", ", " [", "]"))))
                .orElse("(no lock-safe check)")));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(report.steps()).allSatisfy(step -> assertThat(step.lockTrace()).isPresent());
    }

    @Test
    void acceptedRulesAndLockSafetyOffChangeTheVerdict() {
        VerificationReport accepted = run(17, VerificationOptions.DEFAULTS
                .withAccepted("2", "lock/strong-lock-index-build", "t is read-only during the deploy"));
        CheckResult check = accepted.steps().get(1).check(CheckResult.LOCK_SAFE).orElseThrow();
        assertThat(check.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(check.findings()).extracting(finding -> finding.acceptance().orElse(""))
                .containsExactly("t is read-only during the deploy");

        VerificationReport off = run(17, VerificationOptions.DEFAULTS.withLockSafety(false));
        assertThat(off.steps()).allSatisfy(step -> {
            assertThat(step.check(CheckResult.LOCK_SAFE)).isEmpty();
            assertThat(step.lockTrace()).isEmpty();
        });
    }

    @Test
    void trafficRunsOnThePreExistingTablesWhileEachUpIsTraced() {
        VerificationReport report = run(17, VerificationOptions.DEFAULTS.withTraffic(true));
        assertThat(report.steps().get(0).traffic()).as("step 0001 starts from an empty database").isEmpty();
        TrafficReport traffic = report.steps().get(1).traffic().orElseThrow();
        assertThat(traffic.tables()).containsKeys("public.t", "public.parent");
        assertThat(traffic.tables().values()).allSatisfy(table -> assertThat(table.reads() + table.writes())
                .isPositive());
    }

    @Test
    void withACorpusTheTrafficIsThePreviousVersionsQueries() {
        QueryCorpus v1 = QueryCorpus.of("0001", List.of(new CorpusQuery("read_t", "SELECT * FROM t WHERE id = $1",
                List.of("1"), List.of("bigint"), "v1.sql:1")));
        VerificationReport report = run(17, VerificationOptions.DEFAULTS.withTraffic(true)
                .withCompat(CompatOptions.NONE.withCorpus(v1)));
        TrafficReport traffic = report.steps().get(1).traffic().orElseThrow();
        assertThat(traffic.tables()).containsOnlyKeys("query read_t");
        assertThat(traffic.table("query read_t").reads()).isPositive();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void theDirectProbeConfirmsWhatEachLockModeBlocks(int major) {
        VerificationReport report = run(major, VerificationOptions.DEFAULTS.withLockProbe(true));
        Map<String, String> probed = new LinkedHashMap<>();
        report.steps().forEach(step -> step.lockTrace().orElseThrow().statements().stream()
                .filter(statement -> statement.probed().containsKey("t"))
                .findFirst().ifPresent(statement -> probed.put(step.step().version(),
                        statement.probed().get("t").toString())));
        // CREATE INDEX holds SHARE (writes wait), ADD COLUMN ... DEFAULT random() ACCESS EXCLUSIVE (both wait),
        // ADD FOREIGN KEY SHARE ROW EXCLUSIVE (writes wait); CONCURRENTLY runs outside a transaction: not probed
        assertThat(probed).containsEntry("0002", "writes blocked")
                .containsEntry("0004", "reads and writes blocked")
                .containsEntry("0012", "writes blocked")
                .doesNotContainKey("0003");
    }
}
