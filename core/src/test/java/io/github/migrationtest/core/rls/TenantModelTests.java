package io.github.migrationtest.core.rls;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discovery, configuration overriding it, and what the findings say, on PostgreSQL 13 and 18. */
class TenantModelTests {

    private static final String SHARED_TEMPLATES = "CREATE TABLE shared_templates (id int PRIMARY KEY,"
            + " tenant_id int, body text); GRANT SELECT ON shared_templates TO ${app};";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void discoveryFindsTheColumnTheTablesTheSettingAndTheApplicationRole(int major) throws SQLException {
        TenantModel model = TenantFixture.run(major, "").model();

        assertThat(model.tenantTables()).containsOnlyKeys("public.customers", "public.docs", "public.events",
                "public.orders").containsValue("tenant_id");
        assertThat(model.setting()).isEqualTo("app.tenant_id");
        assertThat(model.appRole()).startsWith("rls_app_");
        assertThat(model.describe()).contains("application role: rls_app_", "set_config('app.tenant_id'",
                "public.docs by tenant_id", "tenants probed: 1 and 2", "global tables: none");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void aGlobalTableIsExcludedByName(int major) throws SQLException {
        TenantFixture.Result flagged = TenantFixture.run(major, SHARED_TEMPLATES);
        TenantFixture.Result excluded = TenantFixture.run(major, SHARED_TEMPLATES,
                TenantOptions.defaults().withGlobalTables("shared_templates"));

        assertThat(flagged.ruleIds()).containsExactly(RlsRules.TABLE_WITHOUT_RLS);
        assertThat(flagged.rules()).singleElement().extracting(Finding::message).asString()
                .contains("public.shared_templates");
        assertThat(excluded.model().tenantTables()).doesNotContainKey("public.shared_templates");
        assertThat(excluded.model().describe()).contains("global tables: shared_templates");
        assertThat(excluded.ruleIds()).isEmpty();
        assertThat(excluded.probeIds()).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void aConfiguredSettingOverridesTheDiscoveredOneAndTheProbeSeesTheDefaultDeny(int major) throws SQLException {
        TenantFixture.Result result = TenantFixture.run(major, "",
                TenantOptions.defaults().withSetting("app.org").withTenants("1", "2"));

        assertThat(result.model().setting()).isEqualTo("app.org");
        assertThat(result.ruleIds()).isEmpty();
        assertThat(result.probeIds()).containsExactly(IsolationProbe.OWN_ROWS_HIDDEN);
        assertThat(result.probe()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("public.docs", "tenant 1", "saw 0 of its 1 rows"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void aFindingNamesTheObjectTheOperationTheTenantTheRowsAndTheFix(int major) throws SQLException {
        TenantFixture.Result result = TenantFixture.run(major, "ALTER TABLE docs DISABLE ROW LEVEL SECURITY;");

        assertThat(result.rules()).singleElement().satisfies(finding -> {
            assertThat(finding.category()).isEqualTo(Category.RLS);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.step()).isEqualTo("0001");
            assertThat(finding.message()).contains("public.docs", "tenant_id", "Fix:",
                    "ENABLE ROW LEVEL SECURITY");
        });
        assertThat(result.probe()).filteredOn(f -> f.rule().equals(IsolationProbe.CROSS_TENANT_READ))
                .singleElement().extracting(Finding::message).asString()
                .contains("SELECT on table public.docs", "with tenant 1", "saw 1 row(s) of other tenants");
        assertThat(result.probe()).filteredOn(f -> f.rule().equals(IsolationProbe.CROSS_TENANT_BLIND_UPDATE))
                .singleElement().extracting(Finding::message).asString()
                .contains("blind UPDATE public.docs", "moved 2 row(s) to tenant 2");
        assertThat(result.probe()).filteredOn(f -> f.rule().equals(IsolationProbe.NO_CONTEXT_READ))
                .extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("in a fresh session"))
                .anySatisfy(m -> assertThat(m).contains("after another transaction"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void thePlainCastFailsOnlyAfterAnotherTransactionSetTheContext(int major) throws SQLException {
        TenantFixture.Result result = TenantFixture.run(major, "DROP POLICY tenant ON docs; CREATE POLICY tenant"
                + " ON docs USING (tenant_id = current_setting('app.tenant_id', true)::int);");

        assertThat(result.probe()).filteredOn(f -> f.rule().equals(IsolationProbe.NO_CONTEXT_ERROR))
                .singleElement().extracting(Finding::message).asString()
                .contains("public.docs", "after another transaction", "22P02");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void aJwtClaimContextIsConfiguredAsSql(int major) throws SQLException {
        String claims = "DROP POLICY tenant ON docs; CREATE POLICY tenant ON docs USING (tenant_id ="
                + " (nullif(current_setting('request.jwt.claims', true), '')::json ->> 'tenant_id')::int);";
        TenantFixture.Result settingOnly = TenantFixture.run(major, claims);
        TenantFixture.Result withSql = TenantFixture.run(major, claims, TenantOptions.defaults().withContextSql(
                "SELECT set_config('app.tenant_id', {tenant}, true), set_config('request.jwt.claims',"
                        + " json_build_object('tenant_id', {tenant})::text, true)"));

        assertThat(settingOnly.probeIds()).containsExactly(IsolationProbe.OWN_ROWS_HIDDEN);
        assertThat(withSql.model().describe()).contains("request.jwt.claims");
        assertThat(withSql.ruleIds()).isEmpty();
        assertThat(withSql.probeIds()).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void nothingIsDiscoveredWithoutTenantColumnOrApplicationRole(int major) throws SQLException {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(major));
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id int PRIMARY KEY, tenant_id int)");
            SchemaSnapshot snapshot = SchemaSnapshot.capture(connection);

            assertThat(TenantModel.discover(connection, snapshot, TenantOptions.defaults())).isEmpty();
            assertThat(TenantModel.discover(connection, snapshot,
                    TenantOptions.defaults().withTenantColumns("tenant_id"))).isEmpty();
            assertThat(TenantModel.discover(connection, snapshot,
                    TenantOptions.defaults().withTenantColumns("tenant_id").withAppRole("someone")))
                    .get().extracting(TenantModel::tenantTables).isEqualTo(java.util.Map.of("public.notes",
                            "tenant_id"));
        } finally {
            server.dropDatabase(database.name());
        }
    }
}
