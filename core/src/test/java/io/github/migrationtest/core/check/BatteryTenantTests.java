package io.github.migrationtest.core.check;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The tenant-isolated check inside the battery: discovered from the policies, run after every up and every down, a
 * step reporting only the leaks it opens (a view over an RLS table, a down that restores an open policy).
 */
class BatteryTenantTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void eachLeakIsFoundAtTheStepThatOpensIt(int major) {
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(
                PostgresServers.shared().server(ServerSpec.embedded(major)),
                MigrationSources.sql("classpath:battery/tenants"), MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS.withLockSafety(false))) {
            report = verifier.verifyAll("tenants-pg" + major, VerificationListener.NONE);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        report.steps().forEach(step -> actual.put(step.step().version(), step.check(CheckResult.TENANT_ISOLATED)
                .map(check -> check.verdict() + (check.findings().stream().allMatch(f -> f.severity() == Severity.INFO)
                        ? "" : check.findings().stream().filter(finding -> finding.severity() != Severity.INFO)
                        .map(finding -> finding.rule() + (finding.message().startsWith("after the down")
                                ? " (after the down)" : "")).distinct().sorted()
                        .collect(Collectors.joining(", ", " [", "]"))))
                .orElse("(not checked)")));
        assertThat(actual).containsEntry("0001", "passed").containsEntry("0003", "passed");
        assertThat(actual.get("0002")).startsWith("failed [").contains("live-cross-tenant-read", "view-bypasses-rls")
                .doesNotContain("after the down");
        assertThat(actual.get("0004")).startsWith("failed [").contains("live-cross-tenant-read (after the down)",
                "policy-read-not-tenant-scoped (after the down)");
        // what was discovered is said once, at the first step that has tenant tables
        Finding model = report.steps().get(0).check(CheckResult.TENANT_ISOLATED).orElseThrow().findings().get(0);
        assertThat(model.rule()).isEqualTo("tenant-model");
        assertThat(model.message()).startsWith("after the up: tenant model discovered:\napplication role: "
                + "mt_tenant_app\n").contains("public.accounts by tenant_id");
        System.out.println("[checked] tenant-isolated on PostgreSQL " + major + ": " + actual);
    }
}
