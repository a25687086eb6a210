package io.github.migrationtest.junit;

import static io.github.migrationtest.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * {@link MigrationContract} through the real engine, on the battery histories of core's tests (one defect per
 * step, and a clean expand/contract history), read from {@code ../core/src/test/resources/battery}.
 */
class MigrationContractTests {

    static final String DEFECTS = "../core/src/test/resources/battery/sql/defects";
    static final String CLEAN = "../core/src/test/resources/battery/sql/clean";

    @MigrationTest(sql = DEFECTS)
    static class DefectsTestCase implements MigrationContract {

        @MigrationFixture("1")
        void accounts(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO accounts (id, name, legacy, price, tenant) VALUES "
                        + "(1, 'Ada', 'a1', 10, 'acme'), (2, 'Grace', 'g2', 0, 'globex')");
            }
        }
    }

    @Test
    void everyDefectFailsItsOwnDynamicTest(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = run(DefectsTestCase.class, MigrationTestConfig.REPORT_DIR,
                reports.toString());
        assertThat(names(results.testEvents().failed().list())).containsExactly(
                "0002 leaves_function ▸ reversible",
                "0003 widen_name ▸ lock-safe",
                "0003 widen_name ▸ reversible",
                "0004 status_default ▸ reversible",
                "0005 happy_mood ▸ reversible",
                "0006 invoice_numbers ▸ reversible",
                "0007 drop_tenant_read ▸ reversible",
                "0008 drop_price_check ▸ reversible",
                "0009 drop_legacy ▸ keeps-data",
                "0010 audit_log ▸ idempotent",
                "0011 shout_names ▸ idempotent",
                "0012 seed_audit ▸ idempotent",
                "0015 no_down ▸ lock-safe",
                "0015 no_down ▸ reversible");
        assertThat(names(results.testEvents().aborted().list())).containsExactly("0015 no_down ▸ keeps-data");
        // 15 steps x applies, lock-safe, reversible, keeps-data + 4 steps that ask for idempotency
        results.testEvents().assertStatistics(stats -> stats.started(64).succeeded(49).failed(14).aborted(1));
        assertThat(message(results, "0015 no_down ▸ lock-safe")).contains("[lock/strong-lock-index-build error] "
                + "0015: 0015_no_down.up.sql:1 `CREATE INDEX accounts_tenant_idx ON accounts (tenant)` held SHARE on "
                + "accounts while it built index accounts_tenant_idx", "every write on the table would have queued");
        assertThat(message(results, "0002 leaves_function ▸ reversible")).startsWith(
                "[step 0002 leaves_function of DefectsTestCase on PostgreSQL 17] reversible failed:\n"
                        + "[reversibility/schema-restored error] 0002: up then down leaves the schema different "
                        + "from before the up (- before up, + after down):\n+ function public.account_count()");
        assertThat(message(results, "0009 drop_legacy ▸ keeps-data")).contains(
                "up then down changed the rows of public.accounts: 2 rows → 2 rows", "\"legacy\": \"a1\"",
                "\"legacy\": null");
        Path json = reports.resolve("DefectsTestCase-pg17.json");
        assertThat(json).exists();
    }

    @MigrationTest(sql = CLEAN)
    static class CleanTestCase implements MigrationContract {
    }

    @Test
    void aCleanHistoryPassesEveryCheck(@TempDir Path reports) {
        EngineExecutionResults results = run(CleanTestCase.class, MigrationTestConfig.REPORT_DIR, reports.toString());
        EngineRuns.assertAllSucceeded(results, 24);
        assertThat(names(results.testEvents().succeeded().list())).startsWith("0001 users ▸ applies",
                "0001 users ▸ lock-safe", "0001 users ▸ reversible", "0001 users ▸ keeps-data",
                "0002 expand_email_normalized ▸ applies");
    }

    @MigrationTest(sql = DEFECTS, fixtures = "classpath:fixtures/accounts", noDown = NoDown.WARN,
            irreversible = {"2: the report job still reads account_count()", "5: enum values stay", "3: wider",
                    "4: default", "6: sequence", "7: policy", "8: check"},
            dataLossy = "9: legacy was never read", idempotent = "13",
            accepted = {"3 lock/strong-lock-rewrite: accounts holds 40 rows in production",
                    "15 lock/strong-lock-index-build: accounts holds 40 rows in production"})
    static class AcceptedTestCase implements MigrationContract {
    }

    @Test
    void declaredExceptionsAndWarningsPass(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = run(AcceptedTestCase.class, MigrationTestConfig.REPORT_DIR,
                reports.toString());
        // only the three non-idempotent steps that ask for it in their files still fail
        assertThat(names(results.testEvents().failed().list())).containsExactly("0010 audit_log ▸ idempotent",
                "0011 shout_names ▸ idempotent", "0012 seed_audit ▸ idempotent");
        JsonNode report = new ObjectMapper().readTree(Files.readString(reports.resolve("AcceptedTestCase-pg17.json")));
        assertThat(report).isNotNull();
    }

    @MigrationTest(sql = CLEAN)
    static class StepsTestCase {

        @MigrationSteps
        void everyStep(io.github.migrationtest.core.migration.MigrationStep step,
                io.github.migrationtest.core.check.StepUnderTest underTest) {
            assertThat(underTest.step()).isEqualTo(step);
            io.github.migrationtest.assertions.MigrationAssertions.assertThat(underTest).applies().isReversible()
                    .preservesData();
        }
    }

    @Test
    void migrationStepsRunsOncePerStep() {
        EngineExecutionResults results = run(StepsTestCase.class);
        EngineRuns.assertAllSucceeded(results, 6);
        assertThat(names(results.testEvents().succeeded().list())).containsExactly("0001 users",
                "0002 expand_email_normalized", "0003 index_email_normalized", "0004 email_present_not_valid",
                "0005 validate_email_present", "0006 contract_sync_trigger");
    }

    @MigrationTest(sql = DEFECTS)
    static class FailingStepsTestCase {

        @MigrationSteps
        void everyStep(io.github.migrationtest.core.check.StepUnderTest step) {
            if (step.version().equals("0002")) {
                io.github.migrationtest.assertions.MigrationAssertions.assertThat(step).isReversible();
            }
            if (step.version().equals("0010")) {
                io.github.migrationtest.assertions.MigrationAssertions.assertThat(step).isIdempotent();
            }
        }
    }

    @Test
    void stepAssertionsShowTheFindings() {
        EngineExecutionResults results = run(FailingStepsTestCase.class);
        assertThat(names(results.testEvents().failed().list())).containsExactly("0002 leaves_function",
                "0010 audit_log");
        assertThat(message(results, "0002 leaves_function")).startsWith("[step 0002 leaves_function of "
                + "FailingStepsTestCase on PostgreSQL 17] \nExpecting step 0002 leaves_function to be reversible,\n"
                + "but the reversible check failed with 2 findings:\n"
                + "  [reversibility/schema-restored] up then down leaves the schema different from before the up "
                + "(- before up, + after down):\n"
                + "  + function public.account_count(): returns bigint language sql\n"
                + "  + grant public.account_count() to public: EXECUTE on function\n"
                + "  Make the down restore these, or declare the step irreversible: a `-- migrationtest:irreversible "
                + "<reason>` comment in the step, or irreversible = \"0002: <reason>\" on @MigrationTest.\n"
                + "  [reversibility/up-again-fails] up after down failed, so the down leaves something behind that "
                + "the up creates: Migration 0002 leaves_function up failed\n"
                + "  Step      : 0002 leaves_function (up)\n");
        assertThat(message(results, "0010 audit_log")).contains("to be idempotent",
                "[idempotency/rerun-fails] running the up a second time failed:", "audit_log",
                "Guard it (IF NOT EXISTS, ON CONFLICT DO NOTHING, a WHERE that skips done rows).");
    }

    static List<String> names(List<Event> events) {
        return events.stream().map(event -> event.getTestDescriptor().getDisplayName()).toList();
    }

    static String message(EngineExecutionResults results, String name) {
        return results.testEvents().list().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(name))
                .flatMap(event -> event.getPayload(TestExecutionResult.class).stream())
                .flatMap(result -> result.getThrowable().stream())
                .map(Throwable::getMessage).findFirst().orElse("(no failure)");
    }
}
