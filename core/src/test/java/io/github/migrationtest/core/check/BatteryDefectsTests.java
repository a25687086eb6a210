package io.github.migrationtest.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The battery over a history with one defect per step, written for each tool: every step must get exactly its
 * expected verdicts and rules, and no other step may. The report tests reuse its
 * server, sources and fixture.
 */
public class BatteryDefectsTests {

    public static final PostgresServer SERVER = PostgresServers.shared().server(ServerSpec.embedded(17));

    public static MigrationSource source(String tool, String history) {
        return switch (tool) {
            case "sql" -> MigrationSources.sql("classpath:battery/sql/" + history);
            case "flyway" -> MigrationSources.flyway("classpath:battery/flyway/" + history);
            case "liquibase" -> MigrationSources.liquibase("classpath:battery/liquibase/" + history + "/changelog.sql");
            default -> throw new IllegalArgumentException(tool);
        };
    }

    public static final DataFixture ACCOUNTS = DataFixture.sql("""
            INSERT INTO accounts (id, name, legacy, status, price, feeling, tenant) VALUES
                (1, 'Ada', 'a1', 'new', 10, 'ok', 'acme'),
                (2, 'Grace', 'g2', 'gold', 0, 'sad', 'globex'),
                (3, 'Edsger', NULL, DEFAULT, 3.5, NULL, 'acme')""");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sql", "flyway", "liquibase"})
    void everyDefectIsFoundAtItsStep(String tool) {
        // the lock family has tests of its own (BatteryLockTests); these check the other families
        VerificationOptions options = VerificationOptions.DEFAULTS.withFixture("1", ACCOUNTS).withLockSafety(false);
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(SERVER, source(tool, "defects"),
                MigrationSettings.defaults(), options)) {
            report = verifier.verifyAll("defects-" + tool, VerificationListener.NONE);
        }
        assertThat(lines(report)).containsExactly(
                "1: applies passed, reversible passed, keeps-data passed",
                "2: applies passed, reversible failed [schema-restored, up-again-fails], keeps-data passed",
                "3: applies passed, reversible failed [schema-restored], keeps-data passed",
                "4: applies passed, reversible failed [schema-restored], keeps-data passed",
                "5: applies passed, reversible failed [schema-restored, up-again-fails], keeps-data passed",
                "6: applies passed, reversible failed [schema-restored, up-again-fails], keeps-data passed",
                "7: applies passed, reversible failed [schema-restored, up-again-fails], keeps-data passed",
                "8: applies passed, reversible failed [schema-restored], keeps-data passed",
                "9: applies passed, reversible warned [column-order], keeps-data failed [rows-restored]",
                "10: applies passed, reversible passed, keeps-data passed, idempotent failed [rerun-fails]",
                "11: applies passed, reversible passed, keeps-data passed, idempotent failed [data-changed]",
                "12: applies passed, reversible passed, keeps-data passed, idempotent failed [data-changed]",
                "13: applies passed, reversible passed, keeps-data passed, idempotent passed",
                "14: applies passed, reversible warned [column-order], keeps-data accepted [rows-restored]",
                "15: applies passed, reversible failed [no-down], keeps-data skipped");
    }

    static List<String> lines(VerificationReport report) {
        return report.steps().stream().map(step -> step.step().version().replaceFirst("^0+", "") + ": " + step.checks().stream()
                .map(check -> check.check() + " " + check.verdict() + (check.findings().isEmpty() ? ""
                        : check.findings().stream().map(Finding::rule).collect(Collectors.joining(", ", " [", "]"))))
                .collect(Collectors.joining(", "))).toList();
    }
}
