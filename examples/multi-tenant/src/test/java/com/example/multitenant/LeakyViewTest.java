package com.example.multitenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.MigrationVerifier;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationListener;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The leak the battery exists for: a view over a forced-RLS table, owned by the migration's superuser, hands every
 * tenant's rows to the application. A history with such a step cannot go green under {@code MigrationContract}, so
 * this test runs the engine directly and asserts what it reports, and where.
 */
class LeakyViewTest {

    @Test
    void theViewStepFailsTenantIsolation() {
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(
                PostgresServers.shared().server(ServerSpec.embedded(17)),
                MigrationSources.sql("classpath:db/leaky"), MigrationSettings.defaults(), VerificationOptions.DEFAULTS)) {
            report = verifier.verifyAll("leaky", VerificationListener.NONE);
        }
        // version -> verdict [rules], e.g. 0003 -> failed [live-cross-tenant-read, view-bypasses-rls]
        Map<String, String> verdicts = new TreeMap<>();
        for (StepResult step : report.steps()) {
            verdicts.put(step.step().version(), step.check(CheckResult.TENANT_ISOLATED)
                    .map(check -> check.verdict() + " " + check.findings().stream().map(finding -> finding.rule())
                            .distinct().sorted().collect(Collectors.toList()))
                    .orElse("(not checked)"));
        }
        assertTrue(verdicts.get("0002").startsWith("passed"), verdicts::toString);
        assertTrue(verdicts.get("0003").startsWith("failed"), verdicts::toString);
        for (String rule : List.of("view-bypasses-rls", "live-cross-tenant-read")) {
            assertTrue(verdicts.get("0003").contains(rule), () -> rule + " missing: " + verdicts);
        }
        assertEquals(3, verdicts.size());
        System.out.println("[checked] db/leaky on PostgreSQL 17, tenant-isolated by step: " + verdicts);
    }
}
