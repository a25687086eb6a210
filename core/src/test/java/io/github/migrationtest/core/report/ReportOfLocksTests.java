package io.github.migrationtest.core.report;

import static io.github.migrationtest.core.report.ReportOfDefectsTests.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationtest.core.check.BatteryDefectsTests;
import io.github.migrationtest.core.check.MigrationVerifier;
import io.github.migrationtest.core.check.VerificationListener;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reports of the lock defects history, run once with the default options (lock safety on) on PostgreSQL 17. */
class ReportOfLocksTests {

    static VerificationReport report;
    static JsonNode steps;

    @BeforeAll
    static void runBattery() throws Exception {
        try (MigrationVerifier verifier = MigrationVerifier.start(BatteryDefectsTests.SERVER,
                MigrationSources.sql("classpath:locks/sql"), MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS)) {
            report = verifier.verifyAll("locks-sql", VerificationListener.NONE);
        }
        steps = new ObjectMapper().readTree(ReportWriter.json(report)).get("steps");
    }

    @Test
    void jsonKeepsSchemaVersionOneAndAddsLocksAfterFindings() throws Exception {
        assertThat(new ObjectMapper().readTree(ReportWriter.json(report)).get("schemaVersion").intValue())
                .isEqualTo(1);
        assertThat(fieldNames(steps.get(1))).containsExactly("version", "description", "location", "durationMs",
                "timingsMs", "checks", "findings", "locks");
    }

    @Test
    void jsonLocksOfTheCreateIndexStepShowShareOnTAndTheIndexBuilt() {
        JsonNode locks = steps.get(1).get("locks");
        assertThat(locks).hasSize(2);
        JsonNode set = locks.get(0);
        assertThat(set.get("statement").textValue()).isEqualTo("0002_create_index.up.sql:1");
        assertThat(set.get("locks")).isEmpty();

        JsonNode create = locks.get(1);
        assertThat(fieldNames(create)).containsExactly("statement", "sql", "transaction", "durationMs", "lockHeldMs",
                "locks", "rewritten", "indexesBuilt", "indexesRebuilt", "scannedTuples", "scansKnown",
                "lockTimeoutSet");
        assertThat(create.get("statement").textValue()).isEqualTo("0002_create_index.up.sql:2");
        assertThat(create.get("sql").textValue()).contains("CREATE INDEX t_b_idx ON t (b)");
        assertThat(create.get("transaction").intValue()).isEqualTo(1);
        assertThat(create.get("durationMs").isNumber()).isTrue();
        assertThat(create.get("lockHeldMs").decimalValue()).isGreaterThanOrEqualTo(create.get("durationMs")
                .decimalValue());
        assertThat(create.get("locks").toString())
                .isEqualTo("[{\"relation\":\"t\",\"table\":\"t\",\"mode\":\"SHARE\"}]");
        assertThat(create.get("rewritten")).isEmpty();
        assertThat(create.get("indexesBuilt").toString()).isEqualTo("[\"t_b_idx\"]");
        assertThat(create.get("indexesRebuilt")).isEmpty();
        assertThat(create.get("scannedTuples").get("t").longValue()).isEqualTo(2000);
        assertThat(create.get("lockTimeoutSet").booleanValue()).isTrue();
    }

    @Test
    void jsonOmitsTrafficThatDidNotRunAndLocksOfAStepThatWasNotTraced() {
        steps.forEach(step -> assertThat(step.has("traffic")).isFalse());
        assertThat(steps.get(0).has("locks")).isTrue(); // traced, though it only creates
        assertThat(steps.get(0).get("locks").findValues("mode")).isEmpty();
    }

    @Test
    void markdownShowsTheCreateIndexRowUnderItsStep() {
        String markdown = ReportWriter.markdown(report);
        assertThat(markdown).containsPattern("(?s)## 0002 create_index\n.*Locks taken on existing relations:\n\n"
                + "\\| statement \\| relation \\| mode \\| done under it \\| held \\|\n\\|---\\|---\\|---\\|---\\|---:\\|\n"
                + "\\| 0002_create_index\\.up\\.sql:2 \\| t \\| SHARE \\| index build t_b_idx, scan of 2000 tuples "
                + "\\| \\d+ ms \\|\n");
        assertThat(markdown).containsPattern("\\| 0006_int_to_bigint\\.up\\.sql:2 \\| t \\| ACCESS EXCLUSIVE \\| "
                + "rewrite[^|]* \\| \\d+ ms \\|");
        assertThat(markdown).doesNotContain("0001_fixture.up.sql");
    }

    @Test
    void htmlShowsTheCreateIndexRowInTheLocksSection() {
        String html = ReportWriter.html(report);
        assertThat(html).contains("<h2>Locks</h2>", "<section id=\"locks-2\">\n<h3>0002 create_index</h3>\n"
                + "<table class=\"locks\">\n<caption>Locks taken on existing relations</caption>\n"
                + "<tr><th>statement</th><th>relation</th><th>mode</th><th>done under it</th><th>held</th></tr>\n");
        assertThat(html).containsPattern("<tr><td>0002_create_index\\.up\\.sql:2</td><td>t</td><td>SHARE</td>"
                + "<td>index build t_b_idx, scan of 2000 tuples</td><td>\\d+ ms</td></tr>");
        assertThat(html).doesNotContain("id=\"locks-1\"");
    }
}
