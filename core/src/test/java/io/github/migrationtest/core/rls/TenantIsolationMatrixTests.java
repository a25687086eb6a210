package io.github.migrationtest.core.rls;

import static io.github.migrationtest.core.rls.IsolationProbe.CROSS_TENANT_BLIND_UPDATE;
import static io.github.migrationtest.core.rls.IsolationProbe.CROSS_TENANT_DELETE;
import static io.github.migrationtest.core.rls.IsolationProbe.CROSS_TENANT_INSERT;
import static io.github.migrationtest.core.rls.IsolationProbe.CROSS_TENANT_READ;
import static io.github.migrationtest.core.rls.IsolationProbe.CROSS_TENANT_UPDATE;
import static io.github.migrationtest.core.rls.IsolationProbe.DEFINER_FUNCTION_READ;
import static io.github.migrationtest.core.rls.IsolationProbe.NO_CONTEXT_ERROR;
import static io.github.migrationtest.core.rls.IsolationProbe.NO_CONTEXT_READ;
import static io.github.migrationtest.core.rls.IsolationProbe.OWN_ROWS_HIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per pitfall of the safety catalog (§5), each a change to a correct multi-tenant schema, and the correct
 * counterparts, on PostgreSQL 13 and 18: the exact static rule ids and the exact live probe ids (errors and
 * warnings), and that the probe left every table and the schema as it found them.
 */
class TenantIsolationMatrixTests {

    private static final String TENANT = "tenant_id = nullif(current_setting('app.tenant_id', true), '')::int";
    private static final Set<String> EVERYTHING_LEAKS = Set.of(CROSS_TENANT_READ, CROSS_TENANT_INSERT,
            CROSS_TENANT_UPDATE, CROSS_TENANT_BLIND_UPDATE, CROSS_TENANT_DELETE, NO_CONTEXT_READ);

    static Stream<Arguments> fixtures() {
        List<Arguments> cases = new ArrayList<>();
        for (int major : new int[] {13, 18}) {
            // pitfalls
            cases.add(Arguments.of("tenant table without RLS", major, "ALTER TABLE docs DISABLE ROW LEVEL SECURITY;",
                    Set.of(RlsRules.TABLE_WITHOUT_RLS), EVERYTHING_LEAKS));
            cases.add(Arguments.of("RLS without a policy", major, "DROP POLICY tenant ON docs;",
                    Set.of(RlsRules.RLS_WITHOUT_POLICY), Set.of(OWN_ROWS_HIDDEN)));
            cases.add(Arguments.of("app can act as the owner, RLS not forced", major,
                    "ALTER TABLE docs NO FORCE ROW LEVEL SECURITY; GRANT ${owner} TO ${app};",
                    Set.of(RlsRules.NOT_FORCED_FOR_OWNER, RlsRules.PRIVILEGE_BYPASSES_RLS), EVERYTHING_LEAKS));
            cases.add(Arguments.of("app is BYPASSRLS", major, "ALTER ROLE ${app} BYPASSRLS;",
                    Set.of(RlsRules.APP_ROLE_BYPASSES_RLS), EVERYTHING_LEAKS));
            cases.add(Arguments.of("app is a member of a BYPASSRLS role (can SET ROLE)", major,
                    "CREATE ROLE ${app}_x NOLOGIN BYPASSRLS; GRANT ${app}_x TO ${app};",
                    Set.of(RlsRules.APP_ROLE_BYPASSES_RLS), Set.of()));
            // discovery leaves superusers out, so the team names the role
            cases.add(Arguments.of("app is a superuser (configured)", major, "ALTER ROLE ${app} SUPERUSER;",
                    Set.of(RlsRules.APP_ROLE_BYPASSES_RLS, RlsRules.PRIVILEGE_BYPASSES_RLS,
                            RlsRules.PARTITION_WITHOUT_RLS), EVERYTHING_LEAKS));
            cases.add(Arguments.of("view with its (superuser) owner's rights", major,
                    "CREATE VIEW docs_view AS SELECT * FROM docs; GRANT SELECT ON docs_view TO ${app};",
                    Set.of(RlsRules.VIEW_BYPASSES_RLS), Set.of(CROSS_TENANT_READ)));
            // the inner view is not granted to the app and the outer one is owned by a role the policy binds:
            // no static rule sees it, the probe does
            cases.add(Arguments.of("view over a superuser-owned view", major, "CREATE VIEW docs_all AS SELECT *"
                    + " FROM docs; GRANT SELECT ON docs_all TO ${owner}; CREATE VIEW docs_outer AS SELECT * FROM"
                    + " docs_all; ALTER VIEW docs_outer OWNER TO ${owner}; GRANT SELECT ON docs_outer TO ${app};",
                    Set.of(), Set.of(CROSS_TENANT_READ)));
            cases.add(Arguments.of("materialized view", major, "CREATE MATERIALIZED VIEW docs_totals AS"
                    + " SELECT tenant_id, count(*) AS n FROM docs GROUP BY tenant_id;"
                    + " GRANT SELECT ON docs_totals TO ${app};",
                    Set.of(RlsRules.VIEW_BYPASSES_RLS), Set.of(CROSS_TENANT_READ)));
            cases.add(Arguments.of("SECURITY DEFINER function with a tenant parameter", major,
                    "CREATE FUNCTION doc_count(p_tenant_id int) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER"
                            + " AS 'SELECT count(*) FROM public.docs WHERE tenant_id = p_tenant_id';",
                    Set.of(RlsRules.DEFINER_FUNCTION_BYPASSES_RLS), Set.of(DEFINER_FUNCTION_READ)));
            cases.add(Arguments.of("extra permissive policy USING (true)", major,
                    "CREATE POLICY admin_all ON docs USING (true);",
                    Set.of(RlsRules.POLICY_READ_NOT_TENANT_SCOPED, RlsRules.POLICY_WRITE_NOT_TENANT_SCOPED),
                    EVERYTHING_LEAKS));
            cases.add(Arguments.of("WITH CHECK (true) on INSERT and UPDATE", major, "DROP POLICY tenant ON docs;"
                    + " CREATE POLICY tenant_read ON docs FOR SELECT USING (" + TENANT + ");"
                    + " CREATE POLICY tenant_insert ON docs FOR INSERT WITH CHECK (true);"
                    + " CREATE POLICY tenant_update ON docs FOR UPDATE USING (" + TENANT + ") WITH CHECK (true);"
                    + " CREATE POLICY tenant_delete ON docs FOR DELETE USING (" + TENANT + ");",
                    Set.of(RlsRules.POLICY_WRITE_NOT_TENANT_SCOPED),
                    Set.of(CROSS_TENANT_INSERT, CROSS_TENANT_BLIND_UPDATE)));
            cases.add(Arguments.of("coalesce fallback", major, policy(
                    "tenant_id = coalesce(nullif(current_setting('app.tenant_id', true), '')::int, tenant_id)"),
                    Set.of(RlsRules.CONTEXT_FALLBACK), Set.of(NO_CONTEXT_READ)));
            cases.add(Arguments.of("IS NULL OR fallback", major, policy(
                    "nullif(current_setting('app.tenant_id', true), '') IS NULL OR " + TENANT),
                    Set.of(RlsRules.CONTEXT_FALLBACK), Set.of(NO_CONTEXT_READ)));
            cases.add(Arguments.of("current_setting without missing_ok", major,
                    policy("tenant_id = current_setting('app.tenant_id')::int"),
                    Set.of(RlsRules.CONTEXT_WITHOUT_MISSING_OK), Set.of(NO_CONTEXT_ERROR)));
            cases.add(Arguments.of("plain cast of current_setting(k, true)", major,
                    policy("tenant_id = current_setting('app.tenant_id', true)::int"),
                    Set.of(RlsRules.CONTEXT_CAST_OF_EMPTY), Set.of(NO_CONTEXT_ERROR)));
            cases.add(Arguments.of("partitions without RLS granted to the app", major,
                    "GRANT SELECT ON events_1, events_2, events_other TO ${app};",
                    Set.of(RlsRules.PARTITION_WITHOUT_RLS), Set.of(CROSS_TENANT_READ)));
            cases.add(Arguments.of("inheritance child without RLS granted to the app", major,
                    "CREATE TABLE docs_archive () INHERITS (docs); GRANT SELECT, INSERT, UPDATE, DELETE ON"
                            + " docs_archive TO ${app};",
                    Set.of(RlsRules.TABLE_WITHOUT_RLS, RlsRules.PARTITION_WITHOUT_RLS), EVERYTHING_LEAKS));
            cases.add(Arguments.of("TRUNCATE, REFERENCES and TRIGGER granted", major,
                    "GRANT TRUNCATE, REFERENCES, TRIGGER ON docs TO ${app};",
                    Set.of(RlsRules.PRIVILEGE_BYPASSES_RLS), Set.of()));
            cases.add(Arguments.of("unique index without the tenant column", major,
                    "ALTER TABLE docs ADD COLUMN slug text; CREATE UNIQUE INDEX docs_slug ON docs (slug);",
                    Set.of(RlsRules.UNIQUE_WITHOUT_TENANT), Set.of()));
            cases.add(Arguments.of("foreign key without the tenant column", major,
                    "ALTER TABLE orders DROP CONSTRAINT orders_customer_fk; ALTER TABLE orders ADD CONSTRAINT"
                            + " orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);",
                    Set.of(RlsRules.FOREIGN_KEY_WITHOUT_TENANT), Set.of()));
            cases.add(Arguments.of("app is a member of the owner, RLS forced", major, "GRANT ${owner} TO ${app};",
                    Set.of(RlsRules.PRIVILEGE_BYPASSES_RLS), Set.of()));
            // correct counterparts
            cases.add(Arguments.of("correct: forced RLS, missing_ok and nullif context", major, "", Set.of(),
                    Set.of()));
            cases.add(Arguments.of("correct: RESTRICTIVE tenant policy next to USING (true)", major,
                    "DROP POLICY tenant ON docs; CREATE POLICY tenant ON docs AS RESTRICTIVE USING (" + TENANT + ");"
                            + " CREATE POLICY admin_all ON docs USING (true);", Set.of(), Set.of()));
            cases.add(Arguments.of("correct: view owned by the table owner over forced RLS", major,
                    "CREATE VIEW docs_view AS SELECT * FROM docs; ALTER VIEW docs_view OWNER TO ${owner};"
                            + " GRANT SELECT ON docs_view TO ${app};", Set.of(), Set.of()));
            cases.add(Arguments.of("correct: SECURITY INVOKER function", major,
                    "CREATE FUNCTION doc_count(p_tenant_id int) RETURNS bigint LANGUAGE sql STABLE"
                            + " AS 'SELECT count(*) FROM public.docs WHERE tenant_id = p_tenant_id';",
                    Set.of(), Set.of()));
        }
        cases.add(Arguments.of("correct: security_invoker view", 18, "CREATE VIEW docs_view WITH"
                + " (security_invoker = true) AS SELECT * FROM docs; GRANT SELECT ON docs_view TO ${app};",
                Set.of(), Set.of()));
        return cases.stream();
    }

    private static String policy(String using) {
        return "DROP POLICY tenant ON docs; CREATE POLICY tenant ON docs USING (" + using + ");";
    }

    @ParameterizedTest(name = "{0} on PostgreSQL {1}")
    @MethodSource("fixtures")
    void eachFixtureIsFoundExactlyByItsRules(String fixture, int major, String sql, Set<String> rules,
            Set<String> live) throws SQLException {
        TenantOptions options = fixture.contains("(configured)") ? TenantOptions.defaults().withAppRole("${app}")
                : TenantOptions.defaults();
        TenantFixture.Result result = TenantFixture.run(major, sql, options);

        assertThat(result.ruleIds()).as("static rules, findings: %s", result.rules())
                .containsExactlyInAnyOrderElementsOf(rules);
        assertThat(result.probeIds()).as("live probe, findings: %s", result.probe())
                .containsExactlyInAnyOrderElementsOf(live);
        assertThat(result.leftNothingBehind()).as("rows and schema after the probe").isTrue();
    }
}
