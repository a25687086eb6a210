package io.github.migrationtest.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.lock.RelationLock;
import io.github.migrationtest.core.lock.StatementTrace;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.traffic.TableTraffic;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lock table and traffic of a step built by hand: exact numbers, and names that must be escaped. */
class ReportLocksHandBuiltTests {

    static VerificationReport report() {
        MigrationStep step = new MigrationStep("8", "retype", "V8__retype.sql", "sum", Optional.empty(),
                Optional.of("none"), true);
        RelationLock lock = new RelationLock("\"a<b>\"", "\"a<b>\"", LockMode.ACCESS_EXCLUSIVE);
        StatementTrace retype = new StatementTrace("ALTER TABLE \"a<b>\" ALTER COLUMN id TYPE bigint",
                "V8__retype.sql:3", 1, Duration.ofNanos(12_345_678), Duration.ofMillis(40), List.of(lock),
                List.of(lock), Set.of("\"a<b>\""), Map.of("a_pkey", "\"a<b>\""), Map.of(),
                Map.of("\"a<b>\"", 500L), true, false);
        LockTrace trace = new LockTrace(step, 17, List.of(retype));
        TrafficReport traffic = new TrafficReport(Map.of("public.\"a<b>\"", new TableTraffic("public.\"a<b>\"", 10,
                4, Duration.ofMillis(38), Duration.ofNanos(39_500_000), 1, List.of())));
        StepResult result = new StepResult(step, List.of(CheckResult.of(CheckResult.APPLIES, List.of(),
                Duration.ofMillis(50))), Map.of("up", Duration.ofMillis(50)), Optional.of(trace),
                Optional.of(traffic));
        return new VerificationReport("hand", "plain SQL folder classpath:db", "17.6",
                Instant.parse("2026-01-02T03:04:05Z"), Duration.ofMillis(60), List.of(result), Map.of());
    }

    @Test
    void jsonHasTheStatementAndTheTraffic() throws Exception {
        JsonNode step = new ObjectMapper().readTree(ReportWriter.json(report())).get("steps").get(0);
        assertThat(step.get("locks").toString()).isEqualTo("[{\"statement\":\"V8__retype.sql:3\","
                + "\"sql\":\"ALTER TABLE \\\"a<b>\\\" ALTER COLUMN id TYPE bigint\",\"transaction\":1,"
                + "\"durationMs\":12.346,\"lockHeldMs\":40,\"locks\":[{\"relation\":\"\\\"a<b>\\\"\","
                + "\"table\":\"\\\"a<b>\\\"\",\"mode\":\"ACCESS EXCLUSIVE\"}],\"rewritten\":[\"\\\"a<b>\\\"\"],"
                + "\"indexesBuilt\":[],\"indexesRebuilt\":[\"a_pkey\"],\"scannedTuples\":{\"\\\"a<b>\\\"\":500},"
                + "\"scansKnown\":true,\"lockTimeoutSet\":false}]");
        assertThat(step.get("traffic").toString()).isEqualTo("{\"public.\\\"a<b>\\\"\":{\"reads\":10,\"writes\":4,"
                + "\"longestReadMs\":38,\"longestWriteMs\":39.5,\"timeouts\":1}}");
    }

    @Test
    void markdownShowsTheLockRowAndTheTraffic() {
        assertThat(ReportWriter.markdown(report())).contains("## 8 retype\n\nLocks taken on existing relations:"
                + "\n\n| statement | relation | mode | done under it | held |\n|---|---|---|---|---:|\n"
                + "| V8__retype.sql:3 | &quot;a&lt;b&gt;&quot; | ACCESS EXCLUSIVE | rewrite, scan of 500 tuples | 40 ms |\n"
                + "\nTraffic while the up ran:\n\n| table | reads | writes | longest read | longest write | timeouts |\n"
                + "|---|---:|---:|---:|---:|---:|\n| public.&quot;a&lt;b&gt;&quot; | 10 | 4 | 38 ms | 40 ms | 1 |\n");
    }

    @Test
    void htmlEscapesTheRelationNames() {
        String html = ReportWriter.html(report());
        assertThat(html).doesNotContain("a<b>");
        assertThat(html).contains("<tr><td>V8__retype.sql:3</td><td>&quot;a&lt;b&gt;&quot;</td>"
                + "<td>ACCESS EXCLUSIVE</td><td>rewrite, scan of 500 tuples</td><td>40 ms</td></tr>");
        assertThat(html).contains("<tr><td>public.&quot;a&lt;b&gt;&quot;</td><td>10</td><td>4</td><td>38 ms</td>"
                + "<td>40 ms</td><td>1</td></tr>");
    }
}
