package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldHaveNoFindings.shouldHaveNoFindings;
import static io.github.migrationtest.assertions.error.ShouldHaveTable.shouldHaveTable;
import static io.github.migrationtest.assertions.error.ShouldRunPostgres.shouldRunPostgres;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.rls.IsolationProbe;
import io.github.migrationtest.core.rls.RlsRules;
import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.rls.TenantOptions;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link TestDatabase}, each answered by a query on the live database.
 *
 * @since 0.1
 */
public class TestDatabaseAssert extends AbstractAssert<TestDatabaseAssert, TestDatabase> {

    public TestDatabaseAssert(TestDatabase actual) {
        super(actual, TestDatabaseAssert.class);
    }

    /**
     * Verifies that the server runs this PostgreSQL major.
     *
     * <p>Assertion succeeds: {@code assertThat(database).runsPostgres(17)} on a 17.6 server. Fails: on 16.4.
     *
     * @param major the expected major version
     * @return this assertion object
     */
    public TestDatabaseAssert runsPostgres(int major) {
        isNotNull();
        String version = query("SELECT current_setting('server_version')").get(0);
        if (!version.equals(Integer.toString(major)) && !version.startsWith(major + ".")) {
            throwAssertionError(shouldRunPostgres(version, major));
        }
        return myself;
    }

    /**
     * Verifies that a table exists, named {@code table} (in {@code public}) or {@code schema.table}.
     *
     * @param name the table's name, optionally qualified
     * @return this assertion object
     */
    public TestDatabaseAssert hasTable(String name) {
        isNotNull();
        String qualified = name.contains(".") ? name : "public." + name;
        List<String> tables = query("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
        if (!tables.contains(qualified)) {
            throwAssertionError(shouldHaveTable(qualified, tables));
        }
        return myself;
    }

    /**
     * Verifies that Row Level Security keeps every tenant's rows away from every other tenant, with everything
     * discovered: the tenant column and context setting from the policies, the application role from the grants.
     * Runs the static rules and the live probe (two tenants' rows, reads, writes and no-context reads as the
     * application role, all rolled back); see {@code docs/rls.md}.
     *
     * @return this assertion object
     */
    public TestDatabaseAssert isolatesTenants() {
        return isolatesTenants(TenantOptions.defaults());
    }

    /**
     * Verifies tenant isolation as {@link #isolatesTenants()}, with the parts of the tenant model given here.
     *
     * @param options the tenant columns, setting, application role or global tables, where discovery won't do
     * @return this assertion object
     */
    public TestDatabaseAssert isolatesTenants(TenantOptions options) {
        return isolatesTenants(options, "isolate tenants", finding -> true);
    }

    /**
     * Verifies tenant isolation on one table (and the views and functions over it): only findings that name it fail.
     *
     * @param table the table, {@code projects} or {@code public.projects}
     * @return this assertion object
     */
    public TestDatabaseAssert isolatesTenantsIn(String table) {
        String name = table.startsWith("public.") ? table.substring("public.".length()) : table;
        return isolatesTenants(TenantOptions.defaults(), "isolate tenants in " + table,
                finding -> finding.message().contains(name));
    }

    private TestDatabaseAssert isolatesTenants(TenantOptions options, String property, Predicate<Finding> concerns) {
        isNotNull();
        try (Connection connection = actual.connect()) {
            SchemaSnapshot snapshot = SchemaSnapshot.capture(connection);
            Optional<TenantModel> model = TenantModel.discover(connection, snapshot, options);
            if (model.isEmpty()) {
                failWithMessage("%nExpecting database %s to isolate tenants,%nbut no tenant model was found: no RLS "
                        + "policy compares a tenant column with a current_setting(...) context, or no role other than "
                        + "the owner holds DML grants on those tables. Name them: isolatesTenants(TenantOptions"
                        + ".defaults().withTenantColumns(\"tenant_id\").withSetting(\"app.tenant_id\")"
                        + ".withAppRole(\"app_user\"))", actual.name());
            }
            List<Finding> findings = new ArrayList<>(RlsRules.findings(connection, snapshot, model.get(), "-"));
            findings.addAll(IsolationProbe.run(actual, snapshot, model.get(), "-"));
            List<Finding> failing = findings.stream().filter(Finding::fails).filter(concerns).toList();
            if (!failing.isEmpty()) {
                throwAssertionError(shouldHaveNoFindings("database " + actual.name(), property + " ("
                        + model.get().describe().lines().findFirst().orElse("") + ")", failing));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check tenant isolation on " + actual.jdbcUrl() + ": "
                    + e.getMessage(), e);
        }
        return myself;
    }

    private List<String> query(String sql) {
        try (Connection connection = actual.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not query " + actual.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

}
