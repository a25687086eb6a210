package io.github.migrationtest.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean histories must pass with zero findings: expand/contract with a sync trigger, CREATE INDEX CONCURRENTLY,
 * NOT VALID then VALIDATE; every step idempotency-checked is not part of this (their ups are not idempotent).
 */
class BatteryCleanTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sql", "flyway", "liquibase"})
    void cleanHistoryHasNoFindings(String tool) {
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(BatteryDefectsTests.SERVER,
                BatteryDefectsTests.source(tool, "clean"), MigrationSettings.defaults(), VerificationOptions.DEFAULTS)) {
            report = verifier.verifyAll("clean-" + tool, VerificationListener.NONE);
        }
        assertThat(report.findings()).isEmpty();
        assertThat(BatteryDefectsTests.lines(report)).hasSize(6)
                .allMatch(line -> line.endsWith("applies passed, lock-safe passed, reversible passed, keeps-data passed"));
        // the synthesized rows were there to lose: every table has them from its first step on
        assertThat(report.unfillableTables()).isEmpty();
        assertThat(report.steps()).allSatisfy(step -> assertThat(step.timings()).containsKeys("up", "down",
                "up again", "snapshots", "data"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sql"})
    void synthesizedRowsAloneRevealTheLostColumnAndTheDoubledBackfill(String tool) {
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(BatteryDefectsTests.SERVER,
                BatteryDefectsTests.source(tool, "defects"), MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS.withLockSafety(false))) {
            report = verifier.verifyAll("defects-synthesized-" + tool, VerificationListener.NONE);
        }
        List<String> lines = BatteryDefectsTests.lines(report);
        assertThat(lines.get(8)).isEqualTo(
                "9: applies passed, reversible warned [column-order], keeps-data failed [rows-restored]");
        assertThat(lines.get(10)).isEqualTo(
                "11: applies passed, reversible passed, keeps-data passed, idempotent failed [data-changed]");
        Finding lost = report.steps().get(8).check(CheckResult.KEEPS_DATA).orElseThrow().findings().get(0);
        assertThat(lost.message()).startsWith("up then down changed the rows of public.accounts: 3 rows → 3 rows")
                .contains("\n  - {", "\"legacy\": ", "\n  + {", "\"legacy\": null");
    }
}
