package io.github.migrationtest.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report formats on a report built by hand: exact numbers, and text that must be escaped. */
class ReportHandBuiltTests {

    static final String NASTY = "<script>alert('x')</script> & \"quoted\"";

    static final Finding FINDING = Finding.of(Category.REVERSIBILITY, "schema-restored", Severity.ERROR, "7",
            "the <b>schema</b> & more differ:\n- function public.f(a integer) <old>\n+ function public.f(a bigint) & new\n"
                    + "public.t.c: type text → character varying(100)\nsee `a <b>` & docs");

    static VerificationReport report() {
        MigrationStep step = new MigrationStep("7", "add <tag> & \"more\" | pipes", "V7__add.sql", "sum",
                Optional.empty(), Optional.of("none"), true);
        Map<String, Duration> timings = new LinkedHashMap<>();
        timings.put("up", Duration.ofNanos(41_200_000));
        timings.put("snapshots", Duration.ofMillis(2000));
        StepResult result = new StepResult(step, List.of(
                CheckResult.of(CheckResult.APPLIES, List.of(), Duration.ofNanos(41_234_567)),
                CheckResult.of(CheckResult.REVERSIBLE, List.of(FINDING), Duration.ofMillis(3)),
                CheckResult.skipped(CheckResult.KEEPS_DATA, "no <down>")), timings);
        return new VerificationReport(NASTY, "plain SQL folder classpath:db", "17.6",
                Instant.parse("2026-01-02T03:04:05.123Z"), Duration.ofMillis(1500), List.of(result),
                Map.of("public.t<1>", "a check & a trigger"));
    }

    @Test
    void htmlEscapesEveryText() {
        String html = ReportWriter.html(report());
        assertThat(html).doesNotContain("<script>", "<b>", "<old>", "<tag>", "<down>", "<1>", "'x'", "\"quoted\"");
        assertThat(html).contains("<title>migrationtest: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "&quot;quoted&quot;</title>");
        assertThat(html).contains("add &lt;tag&gt; &amp; &quot;more&quot; | pipes");
        assertThat(html).contains("<p>the &lt;b&gt;schema&lt;/b&gt; &amp; more differ:</p>");
        assertThat(html).contains("<span class=\"del\">- function public.f(a integer) &lt;old&gt;</span>");
        assertThat(html).contains("<span class=\"add\">+ function public.f(a bigint) &amp; new</span>");
        assertThat(html).contains("<span class=\"chg\">public.t.c: type text → character varying(100)</span>");
        assertThat(html).contains("see `a &lt;b&gt;` &amp; docs\n");
        assertThat(html).contains("title=\"skipped: no &lt;down&gt;\"");
        assertThat(html).contains("<td>public.t&lt;1&gt;</td><td>a check &amp; a trigger</td>");
        assertThat(html).contains("<div class=\"bar failed\" style=\"width:100.0%\"");
    }

    @Test
    void jsonHasExactMillisAndOptionalFields() throws Exception {
        String json = ReportWriter.json(report());
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("suite").textValue()).isEqualTo(NASTY);
        assertThat(root.get("started").textValue()).isEqualTo("2026-01-02T03:04:05.123Z");
        assertThat(json).contains("\"durationMs\" : 1500,");
        JsonNode step = root.get("steps").get(0);
        assertThat(step.get("timingsMs").toString()).isEqualTo("{\"up\":41.2,\"snapshots\":2000}");
        assertThat(step.get("durationMs").decimalValue()).isEqualByComparingTo("2041.2");
        assertThat(step.get("checks").get(0).get("durationMs").decimalValue()).isEqualByComparingTo("41.235");
        assertThat(step.get("checks").get(0).has("skipReason")).isFalse();
        assertThat(step.get("checks").get(2).get("skipReason").textValue()).isEqualTo("no <down>");
        assertThat(step.get("findings").get(0).get("message").textValue()).isEqualTo(FINDING.message());
        assertThat(step.get("findings").get(0).get("step").textValue()).isEqualTo("7");
        assertThat(root.get("unfillableTables").toString())
                .isEqualTo("{\"public.t<1>\":\"a check & a trigger\"}");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void markdownEscapesOutsideCodeAndFencesTheDiff() {
        String markdown = ReportWriter.markdown(report());
        assertThat(markdown).startsWith("# migrationtest: &lt;script&gt;");
        assertThat(markdown).contains("| 7 | add &lt;tag&gt; &amp; &quot;more&quot; \\| pipes | ✓ passed | ✗ failed "
                + "| - skipped | 2041 ms |\n");
        assertThat(markdown).contains("- **reversibility/schema-restored** error (reversible failed): "
                + "the &lt;b&gt;schema&lt;/b&gt; &amp; more differ:\n");
        assertThat(markdown).contains("""
                  ```diff
                  - function public.f(a integer) <old>
                  + function public.f(a bigint) & new
                  public.t.c: type text → character varying(100)
                  see `a <b>` & docs
                  ```
                """);
        assertThat(markdown).contains("- `public.t<1>`: a check &amp; a trigger\n");
    }

    @Test
    void consoleLineAndSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress console = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        VerificationReport report = report();
        console.stepFinished(report.steps().get(0), 1, 1);
        console.summary(report);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[migrationtest] 1/1 7 add <tag> & \"more\" | pipes  applies ✓ reversible ✗ keeps-data -  (2041 ms)",
                "[migrationtest] step  applies  reversible  keeps-data  time",
                "[migrationtest] 7     ✓        ✗           -           2041 ms",
                "[migrationtest] 1 step, 1 failed, 0 warned; 0 accepted");
    }
}
