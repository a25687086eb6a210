package io.github.migrationtest.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationtest.core.check.BatteryDefectsTests;
import io.github.migrationtest.core.check.MigrationVerifier;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of the defects history (one defect per step) run once on a real PostgreSQL 17. */
class ReportOfDefectsTests {

    static VerificationReport report;
    static List<String> progress;
    static List<String> summary;

    @BeforeAll
    static void runBattery() {
        VerificationOptions options = VerificationOptions.DEFAULTS.withFixture("1", BatteryDefectsTests.ACCOUNTS)
                .withLockSafety(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsoleProgress console = new ConsoleProgress(out);
        try (MigrationVerifier verifier = MigrationVerifier.start(BatteryDefectsTests.SERVER,
                BatteryDefectsTests.source("sql", "defects"), MigrationSettings.defaults(), options)) {
            report = verifier.verifyAll("defects-sql", console);
        }
        progress = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        bytes.reset();
        console.summary(report);
        summary = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonHasTheReportsFieldsInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportWriter.json(report));
        assertThat(fieldNames(root)).containsExactly("schemaVersion", "suite", "source", "postgres", "started",
                "durationMs", "summary", "steps", "unfillableTables");
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(root.get("suite").textValue()).isEqualTo("defects-sql");
        assertThat(root.get("postgres").textValue()).startsWith("17.");
        assertThat(Instant.parse(root.get("started").textValue())).isEqualTo(report.started());
        assertThat(root.get("durationMs").decimalValue().longValue()).isEqualTo(report.duration().toMillis());
        assertThat(root.get("steps")).hasSize(15);
        assertThat(root.get("unfillableTables").isObject()).isTrue();
    }

    @Test
    void jsonSummaryCountsStepsChecksAndFindings() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(ReportWriter.json(report)).get("summary");
        assertThat(summary.get("steps").intValue()).isEqualTo(15);
        assertThat(summary.get("failedSteps").intValue()).isEqualTo(12);
        assertThat(summary.get("warnedSteps").intValue()).isEqualTo(1);
        assertThat(summary.get("checks").toString())
                .isEqualTo("{\"passed\":33,\"failed\":12,\"warned\":2,\"accepted\":1,\"skipped\":1}");
        JsonNode findings = summary.get("findings");
        assertThat(findings.get("total").intValue()).isEqualTo(19);
        assertThat(findings.get("accepted").intValue()).isEqualTo(1);
        assertThat(findings.get("byCategory").toString()).isEqualTo(
                "{\"apply\":0,\"reversibility\":14,\"data\":2,\"idempotency\":3,\"lock\":0,\"compat\":0,\"rls\":0}");
        assertThat(findings.get("bySeverity").toString()).isEqualTo("{\"error\":17,\"warning\":2,\"info\":0}");
    }

    @Test
    void jsonStepTwoHasBothReversibilityErrors() throws Exception {
        JsonNode step = new ObjectMapper().readTree(ReportWriter.json(report)).get("steps").get(1);
        assertThat(fieldNames(step)).containsExactly("version", "description", "location", "durationMs",
                "timingsMs", "checks", "findings");
        assertThat(step.get("version").textValue()).isEqualTo("0002");
        assertThat(step.get("description").textValue()).isEqualTo("leaves_function");
        assertThat(step.get("location").textValue()).isEqualTo("0002_leaves_function.up.sql");
        assertThat(fieldNames(step.get("timingsMs"))).contains("up", "down", "up again", "snapshots");
        assertThat(step.get("timingsMs").get("up").isNumber()).isTrue();
        JsonNode reversible = step.get("checks").get(1);
        assertThat(fieldNames(reversible)).containsExactly("check", "verdict", "durationMs");
        assertThat(reversible.get("check").textValue()).isEqualTo("reversible");
        assertThat(reversible.get("verdict").textValue()).isEqualTo("failed");
        JsonNode findings = step.get("findings");
        assertThat(findings).hasSize(2);
        for (JsonNode finding : findings) {
            assertThat(fieldNames(finding)).containsExactly("category", "rule", "severity", "step", "message",
                    "accepted");
            assertThat(finding.get("category").textValue()).isEqualTo("reversibility");
            assertThat(finding.get("severity").textValue()).isEqualTo("error");
            assertThat(finding.get("step").textValue()).isEqualTo("0002");
            assertThat(finding.get("accepted").isNull()).isTrue();
        }
        assertThat(findings.get(0).get("rule").textValue()).isEqualTo("schema-restored");
        assertThat(findings.get(1).get("rule").textValue()).isEqualTo("up-again-fails");
        assertThat(findings.get(0).get("message").textValue()).contains("\n+ function public.account_count()");
    }

    @Test
    void jsonStepFourteenIsAcceptedAndStepFifteenSkipped() throws Exception {
        JsonNode steps = new ObjectMapper().readTree(ReportWriter.json(report)).get("steps");
        JsonNode accepted = steps.get(13).get("findings").get(1);
        assertThat(accepted.get("category").textValue()).isEqualTo("data");
        assertThat(accepted.get("rule").textValue()).isEqualTo("rows-restored");
        assertThat(accepted.get("accepted").textValue()).isEqualTo("the status column was never read");
        assertThat(steps.get(13).get("checks").get(2).get("verdict").textValue()).isEqualTo("accepted");
        JsonNode skipped = steps.get(14).get("checks").get(2);
        assertThat(skipped.get("verdict").textValue()).isEqualTo("skipped");
        assertThat(skipped.get("skipReason").textValue()).isEqualTo("the step has no down");
    }

    @Test
    void writeCreatesThreeFilesWithAFileSafeName(@TempDir Path temp) throws Exception {
        VerificationReport renamed = new VerificationReport("com.acme.Orders Migrations/17", report.source(),
                report.postgres(), report.started(), report.duration(), report.steps(), report.unfillableTables());
        Path directory = temp.resolve("target/migrationtest");
        List<Path> files = ReportWriter.write(renamed, directory);
        assertThat(files).containsExactly(directory.resolve("com.acme.Orders_Migrations_17.json"),
                directory.resolve("com.acme.Orders_Migrations_17.md"),
                directory.resolve("com.acme.Orders_Migrations_17.html"));
        try (var listing = Files.list(directory)) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "com.acme.Orders_Migrations_17.json", "com.acme.Orders_Migrations_17.md",
                    "com.acme.Orders_Migrations_17.html");
        }
        assertThat(Files.readString(files.get(0))).isEqualTo(ReportWriter.json(renamed));
        assertThat(Files.readString(files.get(1))).isEqualTo(ReportWriter.markdown(renamed));
        assertThat(Files.readString(files.get(2))).isEqualTo(ReportWriter.html(renamed));
    }

    @Test
    void markdownHasTheTableAndDiffBlocks() {
        String markdown = ReportWriter.markdown(report);
        assertThat(markdown).startsWith("# migrationtest: defects-sql\n");
        assertThat(markdown).contains("| step | description | applies | reversible | keeps-data | idempotent | time |");
        assertThat(markdown).containsPattern(
                "\n\\| 0003 \\| widen_name \\| ✓ passed \\| ✗ failed \\| ✓ passed \\| \\| \\d+ ms \\|\n");
        assertThat(markdown).containsPattern(
                "\n\\| 0015 \\| no_down \\| ✓ passed \\| ✗ failed \\| - skipped \\| \\| \\d+ ms \\|\n");
        assertThat(markdown).contains("\n## 0003 widen_name\n");
        assertThat(markdown).contains("  ```diff\n  public.accounts.name: type text → character varying(100)\n");
        assertThat(markdown).contains("  ```diff\n  + function public.account_count(): returns bigint language sql\n");
        assertThat(markdown).contains("  - accepted: the status column was never read\n");
    }

    @Test
    void htmlHasATimelineRowPerStepAndColouredDiffs() {
        String html = ReportWriter.html(report);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(count(html, "<div class=\"track\"><div class=\"bar ")).isEqualTo(15);
        assertThat(html).containsPattern("id=\"step-3\"><a href=\"#findings-3\">0003 widen_name</a></div>\n"
                + "<div class=\"track\"><div class=\"bar failed\" style=\"width:\\d+\\.\\d%\"");
        assertThat(html).contains("<div class=\"bar warned\"");
        assertThat(html).contains("<span class=\"badge skipped\" title=\"skipped: the step has no down\">"
                + "keeps-data -</span>");
        assertThat(html).contains("<span class=\"add\">+ function public.account_count(): returns bigint language "
                + "sql</span>");
        assertThat(html).contains("<span class=\"del\">- policy public.accounts.tenant_read:");
        assertThat(html).doesNotContain("<script", "<link", "src=", "http://", "https://");
        // The messages' quotes and angle brackets are escaped: the down advice has both.
        assertThat(html).contains("irreversible = &quot;0003: &lt;reason&gt;&quot;");
    }

    @Test
    void consolePrintsOneLinePerStep() {
        assertThat(progress).hasSize(15);
        assertThat(progress.get(2)).matches(
                "\\[migrationtest]  3/15 0003 widen_name  applies ✓ reversible ✗ keeps-data ✓  \\(\\d+ ms\\)");
        assertThat(progress.get(9)).matches("\\[migrationtest] 10/15 0010 audit_log  applies ✓ reversible ✓ "
                + "keeps-data ✓ idempotent ✗  \\(\\d+ ms\\)");
        assertThat(progress.get(13)).matches("\\[migrationtest] 14/15 0014 drop_status  applies ✓ reversible ! "
                + "keeps-data ~  \\(\\d+ ms\\)");
        assertThat(progress.get(14)).matches("\\[migrationtest] 15/15 0015 no_down  applies ✓ reversible ✗ "
                + "keeps-data -  \\(\\d+ ms\\)");
    }

    @Test
    void consoleSummaryHasARowPerStepAndTheTotals() {
        assertThat(summary).hasSize(17);
        assertThat(summary.get(0)).isEqualTo("[migrationtest] step  applies  reversible  keeps-data  idempotent  time");
        assertThat(summary.get(3)).matches(
                "\\[migrationtest] 0003  ✓        ✗           ✓                       \\d+ ms");
        assertThat(summary.get(14)).matches(
                "\\[migrationtest] 0014  ✓        !           ~                       \\d+ ms");
        assertThat(summary.get(16)).isEqualTo("[migrationtest] 15 steps, 12 failed, 1 warned; 1 accepted");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
