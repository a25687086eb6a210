package io.github.migrationtest.junit;

import static io.github.migrationtest.junit.EngineRuns.run;
import static io.github.migrationtest.junit.MigrationContractTests.message;
import static io.github.migrationtest.junit.MigrationContractTests.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.assertions.MigrationAssertions;
import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code ▸ tenant-isolated} and {@code ▸ compatible} through the engine, the assertions that run them on one step
 * or one database, and {@link CaptureCorpus}; on core's tenant and compatibility histories.
 */
class CompatAndTenantsTests {

    static final String TENANTS = "../core/src/test/resources/battery/tenants";
    static final String COMPAT = "../core/src/test/resources/compat/history";
    static final String CORPUS = "../core/src/test/resources/compat/corpus/";

    @MigrationTest(sql = TENANTS, lockSafety = Switch.OFF)
    static class TenantsTestCase implements MigrationContract {
    }

    @Test
    void aLeakFailsTenantIsolatedAtTheStepThatOpensIt(@TempDir Path reports) {
        EngineExecutionResults results = run(TenantsTestCase.class, MigrationTestConfig.REPORT_DIR,
                reports.toString());
        assertThat(names(results.testEvents().failed().list())).containsExactly(
                "0002 account_names_view ▸ tenant-isolated", "0004 rename_invoice_policy ▸ reversible",
                "0004 rename_invoice_policy ▸ tenant-isolated");
        assertThat(message(results, "0002 account_names_view ▸ tenant-isolated")).contains(
                "[rls/view-bypasses-rls error] 0002: after the up: ", "[rls/live-cross-tenant-read error] 0002: ");
        assertThat(message(results, "0004 rename_invoice_policy ▸ tenant-isolated")).contains("after the down: ");
    }

    @MigrationTest(sql = COMPAT, applicationRole = "mt_compat_app", rowsPerTable = 0, noDown = NoDown.WARN,
            lockSafety = Switch.OFF, tenantIsolation = Switch.OFF,
            corpus = {"1: " + CORPUS + "0002.sql", "9: " + CORPUS + "0010.sql"})
    static class CompatTestCase implements MigrationContract {
    }

    @Test
    void brokenQueriesAndBreakingChangesFailCompatibleAtTheirStep(@TempDir Path reports) {
        EngineExecutionResults results = run(CompatTestCase.class, MigrationTestConfig.REPORT_DIR,
                reports.toString());
        assertThat(names(results.testEvents().failed().list()))
                .filteredOn(name -> name.endsWith("▸ compatible")).containsExactly(
                        "0002 rename_column ▸ compatible", "0003 drop_column ▸ compatible",
                        "0004 not_null_without_default ▸ compatible", "0005 function_signature ▸ compatible",
                        "0006 int_to_text ▸ compatible", "0007 revoke_grant ▸ compatible",
                        "0009 remove_enum_label ▸ compatible");
        assertThat(message(results, "0002 rename_column ▸ compatible")).contains(
                "[compat/query-fails-to-prepare error] 0002: Query find_user (0002.sql:4, version 1) fails to "
                        + "prepare after 0002", "[compat/column-renamed error] 0002:");
    }

    @MigrationTest(sql = COMPAT, applicationRole = "mt_compat_app", rowsPerTable = 0, tenantIsolation = Switch.OFF)
    static class KeepsWorkingTestCase {

        @MigrationSteps
        void step(StepUnderTest step) {
            if (step.version().equals("0002")) {
                MigrationAssertions.assertThat(step).keepsWorking(QueryCorpus.load(CORPUS + "0002.sql", "1"));
            }
            if (step.version().equals("0010")) {
                MigrationAssertions.assertThat(step).keepsWorking(QueryCorpus.load(CORPUS + "0010.sql", "9"));
            }
        }
    }

    @Test
    void keepsWorkingNamesTheQueryThatBroke() {
        EngineExecutionResults results = run(KeepsWorkingTestCase.class);
        assertThat(names(results.testEvents().failed().list())).containsExactly("0002 rename_column");
        assertThat(message(results, "0002 rename_column")).contains("Expecting step 0002 rename_column to keep the "
                + "queries of version 1 working,", "but found 1 finding:", "[compat/query-fails-to-prepare] Query "
                + "find_user (0002.sql:4, version 1) fails to prepare after 0002");
        assertThat(results.testEvents().succeeded().count()).isEqualTo(12);
    }

    @MigrationTest(sql = TENANTS)
    static class IsolatesTenantsTestCase {

        @org.junit.jupiter.api.Test
        @MigratedTo("3")
        void wholeDatabase(TestDatabase database) {
            MigrationAssertions.assertThat(database).isolatesTenants();
        }

        @org.junit.jupiter.api.Test
        @MigratedTo("3")
        void invoicesOnly(TestDatabase database) {
            MigrationAssertions.assertThat(database).isolatesTenantsIn("invoices");
        }
    }

    @Test
    void isolatesTenantsFailsOnTheLeakyViewAndPassesForAnotherTable() {
        EngineExecutionResults results = run(IsolatesTenantsTestCase.class);
        assertThat(names(results.testEvents().failed().list())).containsExactly("wholeDatabase(TestDatabase)");
        assertThat(message(results, "wholeDatabase(TestDatabase)")).contains("to isolate tenants (application role: "
                + "mt_tenant_app)", "[rls/view-bypasses-rls]", "account_names");
    }

    @MigrationTest(sql = COMPAT, tenantIsolation = Switch.OFF)
    static class CaptureTestCase {

        @org.junit.jupiter.api.Test
        @MigratedTo("1")
        @CaptureCorpus(version = "1", file = "target/captured-corpus/v1.sql")
        void repositoryQueries(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement find = connection.prepareStatement(
                        "SELECT id, display_name FROM users WHERE id = ?")) {
                    find.setLong(1, 7);
                    find.executeQuery().close();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("SELECT count(*) FROM users").close();
                }
            }
        }
    }

    @Test
    void captureCorpusWritesWhatTheTestSentAsAReplayableCorpus() throws Exception {
        Path file = Path.of("target/captured-corpus/v1.sql");
        Files.deleteIfExists(file);
        EngineRuns.assertAllSucceeded(run(CaptureTestCase.class), 1);
        QueryCorpus corpus = QueryCorpus.load(file.toString(), "1");
        assertThat(corpus.queries()).extracting(query -> query.sql()).containsExactly(
                "SELECT id, display_name FROM users WHERE id = $1", "SELECT count(*) FROM users");
        assertThat(corpus.queries().get(0).params()).containsExactly("7");
    }

    @MigrationTest(sql = COMPAT, corpus = "classpath:queries.sql")
    static class BadCorpusTestCase implements MigrationContract {
    }

    @Test
    void aCorpusEntryNamesItsVersion() {
        assertThatThrownBy(() -> {
            throw EngineRuns.singleFailure(run(BadCorpusTestCase.class));
        }).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest(corpus = \"classpath:queries.sql\") on " + BadCorpusTestCase.class.getName()
                        + ": each entry is \"<version>: <location>\", the version whose application sends the "
                        + "queries, e.g. corpus = \"4: classpath:queries/v4.sql\".");
    }
}
