package io.github.migrationtest.core.rls;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.rls.internal.PolicyRules;
import io.github.migrationtest.core.rls.internal.Queries;
import io.github.migrationtest.core.rls.internal.RuleReport;
import io.github.migrationtest.core.rls.internal.Sql;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Static tenant-isolation rules: what the catalog says about tables, roles, views, functions, policies, privileges,
 * indexes and foreign keys of a {@link TenantModel}'s tenant tables. Each finding names the object, why it leaks and
 * the fix; category {@link io.github.migrationtest.core.check.Category#RLS}. The live {@link IsolationProbe} is the
 * authoritative check; these rules explain and catch what the probe's data cannot show.
 *
 * @since 0.1
 */
public final class RlsRules {

    /** A tenant table without row-level security: every tenant reads every row. Error. */
    public static final String TABLE_WITHOUT_RLS = "tenant-table-without-rls";
    /** Row-level security enabled with no policy: everything is denied (breaks the application). Warning. */
    public static final String RLS_WITHOUT_POLICY = "rls-without-policy";
    /** RLS not forced while the application role owns the table or can act as its owner. Error. */
    public static final String NOT_FORCED_FOR_OWNER = "rls-not-forced-for-owner";
    /** The application role is, or can become, a superuser or a BYPASSRLS role. Error. */
    public static final String APP_ROLE_BYPASSES_RLS = "app-role-bypasses-rls";
    /** A view or materialized view over a tenant table reads with rights that bypass its policies. Error. */
    public static final String VIEW_BYPASSES_RLS = "view-bypasses-rls";
    /** A SECURITY DEFINER function the application can call, owned by a role its policies exempt. Error. */
    public static final String DEFINER_FUNCTION_BYPASSES_RLS = "definer-function-bypasses-rls";
    /** A permissive policy whose USING does not constrain the tenant, including {@code true}. Error. */
    public static final String POLICY_READ_NOT_TENANT_SCOPED = "policy-read-not-tenant-scoped";
    /** A permissive policy whose WITH CHECK (or USING standing for it) does not constrain the tenant. Error. */
    public static final String POLICY_WRITE_NOT_TENANT_SCOPED = "policy-write-not-tenant-scoped";
    /** A {@code coalesce} or {@code IS NULL} fallback that opens the table when the context is missing. Error. */
    public static final String CONTEXT_FALLBACK = "context-fallback";
    /** {@code current_setting} without missing_ok: a missing context errors instead of denying. Warning. */
    public static final String CONTEXT_WITHOUT_MISSING_OK = "context-without-missing-ok";
    /** A plain cast of {@code current_setting(k, true)}: fails on the {@code ''} a pooled session holds. Warning. */
    public static final String CONTEXT_CAST_OF_EMPTY = "context-cast-of-empty";
    /** A partition or inheritance child without RLS of its own that the application can use directly. Error. */
    public static final String PARTITION_WITHOUT_RLS = "partition-without-rls";
    /** TRUNCATE (error), REFERENCES or TRIGGER (warnings) on an RLS table: privileges RLS does not filter. */
    public static final String PRIVILEGE_BYPASSES_RLS = "privilege-bypasses-rls";
    /** A unique index without the tenant column: an existence oracle across tenants. Warning. */
    public static final String UNIQUE_WITHOUT_TENANT = "unique-without-tenant";
    /** A foreign key between tenant tables without the tenant column: cross-tenant links. Warning. */
    public static final String FOREIGN_KEY_WITHOUT_TENANT = "foreign-key-without-tenant";

    private RlsRules() {
    }

    /**
     * The static findings of a database.
     *
     * @param connection a connection to the database, as a superuser or the schema's owner
     * @param snapshot the database's schema
     * @param model the tenants
     * @param step the step's version, for the findings
     * @return the findings, by rule then object
     * @throws SQLException if a catalog query fails
     */
    public static List<Finding> findings(Connection connection, SchemaSnapshot snapshot, TenantModel model,
            String step) throws SQLException {
        RuleReport report = new RuleReport(step);
        String tables = Queries.tables(model.tenantTables().keySet());
        String app = model.appRole();
        for (TableSnapshot table : snapshot.tables()) {
            if (model.isTenantTable(table.path()) && !table.rowSecurity()) {
                report.error(TABLE_WITHOUT_RLS, table.path() + " holds " + model.tenantTables().get(table.path())
                        + " but has no row-level security, so every tenant reads and writes every row. Fix: ALTER"
                        + " TABLE " + table.path() + " ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY, and a"
                        + " tenant policy");
            }
        }
        for (List<String> row : Sql.rows(connection, Queries.NOT_FORCED.formatted(tables), app)) {
            report.error(NOT_FORCED_FOR_OWNER, row.get(0) + " is owned by " + row.get(1) + ", which " + app
                    + (row.get(1).equals(app) ? " is" : " can act as") + "; owners bypass their table's policies"
                    + " unless forced. Fix: ALTER TABLE " + row.get(0) + " FORCE ROW LEVEL SECURITY, or let another"
                    + " role own the table");
        }
        for (List<String> row : Sql.rows(connection, Queries.BYPASSING_ROLES, app)) {
            String what = "t".equals(row.get(1)) ? "a superuser" : "BYPASSRLS";
            report.error(APP_ROLE_BYPASSES_RLS, "application role " + app + (row.get(0).equals(app) ? " is "
                    : " is a member of " + row.get(0) + ", which is ") + what + ", so no policy applies to it."
                    + " Fix: run the application as a role that is neither, and revoke the membership");
        }
        for (List<String> row : Sql.rows(connection, Queries.OWNER_RIGHTS_VIEWS.formatted(tables), app)) {
            boolean materialized = "m".equals(row.get(1));
            report.error(VIEW_BYPASSES_RLS, (materialized ? "materialized view " : "view ") + row.get(0) + " over "
                    + row.get(2) + (materialized ? " stores rows read with its owner's rights, and a materialized"
                            + " view has no policies of its own"
                            : " reads with the rights of its owner " + row.get(3) + ", whom the table's policies"
                                    + " exempt")
                    + ", and " + app + " can read it. Fix: " + (materialized
                            ? "revoke SELECT from " + app + " or replace it by a table with RLS"
                            : "ALTER VIEW " + row.get(0) + " SET (security_invoker = true) (PostgreSQL 15+), or"
                                    + " FORCE ROW LEVEL SECURITY on " + row.get(2) + " with the view owned by the"
                                    + " table's owner, neither superuser nor BYPASSRLS"));
        }
        for (List<String> row : Sql.rows(connection, Queries.DEFINER_FUNCTIONS.formatted(tables), app)) {
            report.error(DEFINER_FUNCTION_BYPASSES_RLS, "function " + row.get(0) + " is SECURITY DEFINER, owned by "
                    + row.get(1) + " whom the tenant policies exempt, and " + app + " can execute it: it reads"
                    + " every tenant's rows. Fix: SECURITY INVOKER, or an owner subject to FORCE ROW LEVEL SECURITY,"
                    + " or revoke EXECUTE");
        }
        PolicyRules.check(connection, snapshot, model, report);
        for (List<String> row : Sql.rows(connection, Queries.CHILDREN_WITHOUT_RLS.formatted(tables), app)) {
            report.error(PARTITION_WITHOUT_RLS, row.get(0) + " (child of " + row.get(1) + ") has no row-level"
                    + " security of its own, and " + app + " can query it directly, past the parent's policies."
                    + " Fix: ALTER TABLE " + row.get(0) + " ENABLE (and FORCE) ROW LEVEL SECURITY with the tenant"
                    + " policy, or revoke " + app + "'s privileges on it");
        }
        for (List<String> row : Sql.rows(connection, Queries.BYPASSING_PRIVILEGES.formatted(tables), app)) {
            String why = switch (row.get(1)) {
                case "TRUNCATE" -> "TRUNCATE empties every tenant's rows, policies do not apply to it";
                case "REFERENCES" -> "REFERENCES lets it add foreign keys that probe other tenants' keys";
                default -> "TRIGGER lets it add triggers that run on every tenant's rows";
            };
            report.add(PRIVILEGE_BYPASSES_RLS, "TRUNCATE".equals(row.get(1)), app + " holds " + row.get(1)
                    + " on " + row.get(0) + ": " + why + ". Fix: REVOKE " + row.get(1) + " ON " + row.get(0)
                    + " FROM " + app);
        }
        String columns = model.tenantTables().values().stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        for (List<String> row : Sql.rows(connection, Queries.UNIQUE_WITHOUT_TENANT.formatted(tables), columns)) {
            report.add(UNIQUE_WITHOUT_TENANT, false, "unique index " + row.get(0) + " on " + row.get(1) + " leaves "
                    + row.get(2) + " out: inserting another tenant's value fails, which tells that it exists."
                    + " Fix: include " + row.get(2) + " in the index");
        }
        for (List<String> row : Sql.rows(connection, Queries.FOREIGN_KEYS_WITHOUT_TENANT.formatted(tables),
                columns)) {
            report.add(FOREIGN_KEY_WITHOUT_TENANT, false, "foreign key " + row.get(0) + " from " + row.get(1)
                    + " to " + row.get(2) + " leaves " + row.get(3) + " out: referential checks bypass RLS, so a"
                    + " row can point at another tenant's row, and a missing key tells which exist. Fix: a composite"
                    + " key (" + row.get(3) + ", ...) referencing (" + row.get(3) + ", ...)");
        }
        return report.findings();
    }
}
