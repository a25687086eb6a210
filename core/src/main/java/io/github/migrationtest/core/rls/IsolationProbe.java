package io.github.migrationtest.core.rls;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.rls.internal.ProbeSession;
import io.github.migrationtest.core.rls.internal.ProbeTargets;
import io.github.migrationtest.core.rls.internal.RuleReport;
import io.github.migrationtest.core.rls.internal.Seeder;
import io.github.migrationtest.core.rls.internal.Sql;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The live isolation probe: rows of tenants A and B in every tenant table, then reads and writes as the application
 * role with A's context, each in a rolled-back savepoint. The whole probe is one transaction, rolled back at the end,
 * so it leaves nothing behind. It connects as the test database's user, which must be a superuser (the seeding
 * bypasses policies and foreign-key triggers).
 *
 * <p>Each failure is a {@link io.github.migrationtest.core.check.Category#RLS} finding naming the object, the
 * operation, the tenant and how many rows crossed.
 *
 * @since 0.1
 */
public final class IsolationProbe {

    /** Rows of another tenant visible through a table, view, materialized view or partition. Error. */
    public static final String CROSS_TENANT_READ = "live-cross-tenant-read";
    /** Tenant A's own rows invisible to A: the policy denies everything (default deny, broken context). Error. */
    public static final String OWN_ROWS_HIDDEN = "live-own-rows-hidden";
    /** A row of tenant B inserted with A's context. Error. */
    public static final String CROSS_TENANT_INSERT = "live-cross-tenant-insert";
    /** A's rows moved to B by an UPDATE with a WHERE clause. Error. */
    public static final String CROSS_TENANT_UPDATE = "live-cross-tenant-update";
    /** A's rows moved to B by a blind UPDATE (no WHERE, no RETURNING), which skips SELECT policies. Error. */
    public static final String CROSS_TENANT_BLIND_UPDATE = "live-cross-tenant-blind-update";
    /** B's rows deleted with A's context. Error. */
    public static final String CROSS_TENANT_DELETE = "live-cross-tenant-delete";
    /** Rows visible with no tenant context, in a fresh session or after another transaction set one. Error. */
    public static final String NO_CONTEXT_READ = "live-no-context-read";
    /** A query with no tenant context fails instead of seeing nothing. Warning. */
    public static final String NO_CONTEXT_ERROR = "live-no-context-error";
    /** A SECURITY DEFINER function returned B's data to A when called with B's key. Error. */
    public static final String DEFINER_FUNCTION_READ = "live-definer-function-read";
    /** A tenant table the probe could not give rows of both tenants, so it was not probed. Info. */
    public static final String TABLE_NOT_PROBED = "live-table-not-probed";

    private IsolationProbe() {
    }

    /**
     * Probes the database.
     *
     * @param database the database, whose user is a superuser
     * @param snapshot its schema
     * @param model the tenants
     * @param step the step's version, for the findings
     * @return the findings, in probe order
     * @throws SQLException if the connection fails (a check's own failure is a result, not an exception)
     */
    public static List<Finding> run(TestDatabase database, SchemaSnapshot snapshot, TenantModel model, String step)
            throws SQLException {
        RuleReport report = new RuleReport(step);
        try (ProbeSession session = new ProbeSession(database.connect(), model)) {
            Map<String, long[]> seeded = Seeder.seed(session.connection(), snapshot, model);
            for (String table : model.tenantTables().keySet()) {
                if (!seeded.containsKey(table)) {
                    report.info(TABLE_NOT_PROBED, table + ": no rows of tenants " + model.tenantA() + " and "
                            + model.tenantB() + " could be synthesized, so the live probe skipped it");
                }
            }
            ProbeTargets targets = ProbeTargets.of(session.connection(), snapshot, model, seeded.keySet());
            new Matrix(session, model, report, targets, seeded).run();
        }
        return report.findings();
    }

    /** The checks, in order: fresh no-context reads first, since any later context leaves the setting defined. */
    private record Matrix(ProbeSession session, TenantModel model, RuleReport report, ProbeTargets targets,
            Map<String, long[]> seeded) {

        void run() throws SQLException {
            for (String table : seeded.keySet()) {
                noContext(table, "in a fresh session");
            }
            for (String table : seeded.keySet()) {
                table(table);
            }
            for (Map.Entry<String, String> relation : targets.readables().entrySet()) {
                read(relation.getKey(), relation.getValue(), targets.kind(relation.getKey()));
            }
            for (ProbeTargets.Call call : targets.calls()) {
                call(call);
            }
            session.setContextThenEnd(model.tenantA());
            for (String table : seeded.keySet()) {
                noContext(table, "after another transaction of the session set the context (pooled connections)");
            }
        }

        private String column(String table) {
            return Sql.identifier(model.tenantTables().get(table));
        }

        private String a(String table) {
            return Sql.literal(model.tenantA()) + "::" + targets.type(table);
        }

        private String b(String table) {
            return Sql.literal(model.tenantB()) + "::" + targets.type(table);
        }

        private void table(String table) throws SQLException {
            String name = Sql.qualified(table);
            String column = column(table);
            String tenantA = "tenant " + model.tenantA();
            read(table, model.tenantTables().get(table), "table");
            ProbeSession.Outcome own = session.asApp(model.tenantA(), "SELECT count(*) FROM " + name + " WHERE "
                    + column + " = " + a(table));
            if (!own.failed() && own.count() == 0) {
                report.error(OWN_ROWS_HIDDEN, "SELECT on " + table + " as " + model.appRole() + " with " + tenantA
                        + " saw 0 of its " + seeded.get(table)[0] + " rows: the policies deny the tenant its own"
                        + " rows (no permissive policy, or a context the policy does not read)");
            }
            ProbeSession.Outcome insert = session.asApp(model.tenantA(), c -> {
                // frees the B row's keys, so that only the policy can reject its copy; children are not cascaded
                Sql.column(c, "SELECT set_config('session_replication_role', 'replica', true)");
                String row = Sql.column(c, "DELETE FROM " + name + " t WHERE (tableoid, ctid) = (SELECT tableoid,"
                        + " ctid FROM " + name + " WHERE " + column + " = " + b(table) + " LIMIT 1)"
                        + " RETURNING row_to_json(t.*)::text").get(0);
                Sql.column(c, "SELECT set_config('session_replication_role', 'origin', true)");
                return row;
            }, insertCopy(table));
            if (!insert.failed() && insert.count() > 0) {
                report.error(CROSS_TENANT_INSERT, "INSERT into " + table + " as " + model.appRole() + " with "
                        + tenantA + " wrote " + insert.count() + " row(s) of tenant " + model.tenantB()
                        + ": no WITH CHECK rejects another tenant's rows");
            }
            ProbeSession.Outcome update = session.asApp(model.tenantA(), "UPDATE " + name + " SET " + column + " = "
                    + b(table) + " WHERE " + column + " = " + a(table));
            if (!update.failed() && update.count() > 0) {
                report.error(CROSS_TENANT_UPDATE, "UPDATE of " + table + " ... WHERE " + column + " = A as "
                        + model.appRole() + " with " + tenantA + " moved " + update.count() + " row(s) to tenant "
                        + model.tenantB() + ": the UPDATE policy's WITH CHECK does not hold the tenant");
            }
            ProbeSession.Outcome blind = session.asApp(model.tenantA(), "UPDATE " + name + " SET " + column + " = "
                    + b(table));
            if (!blind.failed() && blind.count() > 0) {
                report.error(CROSS_TENANT_BLIND_UPDATE, "blind UPDATE " + table + " SET " + column + " (no WHERE) as "
                        + model.appRole() + " with " + tenantA + " moved " + blind.count() + " row(s) to tenant "
                        + model.tenantB() + ": without a WHERE the SELECT policies do not apply, only WITH CHECK"
                        + " does, and it does not hold the tenant");
            }
            ProbeSession.Outcome delete = session.asApp(model.tenantA(), "DELETE FROM " + name + " WHERE " + column
                    + " = " + b(table));
            if (!delete.failed() && delete.count() > 0) {
                report.error(CROSS_TENANT_DELETE, "DELETE from " + table + " as " + model.appRole() + " with "
                        + tenantA + " deleted " + delete.count() + " row(s) of tenant " + model.tenantB());
            }
        }

        /** Re-inserts, as the app, the B row the setup deleted (freeing its keys) and returned as JSON. */
        private String insertCopy(String table) {
            String columns = String.join(", ", targets.insertable(table).stream().map(Sql::identifier).toList());
            return "INSERT INTO " + Sql.qualified(table) + " (" + columns + ") OVERRIDING SYSTEM VALUE SELECT "
                    + columns + " FROM json_populate_record(NULL::" + Sql.qualified(table) + ", ?::json)";
        }

        private void read(String relation, String column, String kind) throws SQLException {
            if (!targets.canSelect(relation)) {
                return;
            }
            ProbeSession.Outcome other = session.asApp(model.tenantA(), "SELECT count(*) FROM "
                    + Sql.qualified(relation) + " WHERE " + Sql.identifier(column) + "::text IS DISTINCT FROM "
                    + Sql.literal(model.tenantA()));
            if (!other.failed() && other.count() > 0) {
                report.error(CROSS_TENANT_READ, "SELECT on " + kind + " " + relation + " as " + model.appRole()
                        + " with tenant " + model.tenantA() + " saw " + other.count() + " row(s) of other tenants"
                        + " (tenant " + model.tenantB() + ")");
            }
        }

        private void noContext(String table, String when) throws SQLException {
            if (!targets.canSelect(table)) {
                return;
            }
            ProbeSession.Outcome none = session.asApp(null, "SELECT count(*) FROM " + Sql.qualified(table));
            if (none.failed()) {
                report.add(NO_CONTEXT_ERROR, false, "SELECT on " + table + " as " + model.appRole()
                        + " with no tenant context " + when + " failed (" + none.state() + ": "
                        + firstLine(none.error().getMessage()) + ") instead of seeing nothing");
            } else if (none.count() > 0) {
                report.error(NO_CONTEXT_READ, "SELECT on " + table + " as " + model.appRole() + " with no tenant"
                        + " context " + when + " saw " + none.count() + " row(s) of tenants " + model.tenantA()
                        + " and " + model.tenantB());
            }
        }

        private void call(ProbeTargets.Call call) throws SQLException {
            ProbeSession.Outcome result = session.asApp(model.tenantA(), call.sql(model.tenantB()));
            if (!result.failed() && result.text() != null && call.leaked(result)) {
                report.error(DEFINER_FUNCTION_READ, "SECURITY DEFINER function " + call.function() + " called as "
                        + model.appRole() + " with tenant " + model.tenantA() + " and tenant " + model.tenantB()
                        + "'s key returned " + call.describe(result) + ": it reads past the policies");
            }
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }
}
