package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.rls.RlsRules;
import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rules read from the policies' text: unscoped permissive policies and context pitfalls. */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** Adds the policy findings of the model's tenant tables with row-level security. */
    public static void check(Connection connection, SchemaSnapshot snapshot, TenantModel model, RuleReport report)
            throws SQLException {
        Set<String> applying = new HashSet<>(Sql.column(connection, Queries.MEMBER_OF, model.appRole()));
        applying.add("public");
        for (TableSnapshot table : snapshot.tables()) {
            String column = model.tenantTables().get(table.path());
            if (column == null || !table.rowSecurity()) {
                continue;
            }
            List<PolicySnapshot> policies = snapshot.policies().stream()
                    .filter(p -> (p.schema() + "." + p.table()).equals(table.path()))
                    .filter(p -> p.roles().stream().anyMatch(applying::contains)).toList();
            if (snapshot.policies().stream().noneMatch(p -> (p.schema() + "." + p.table()).equals(table.path()))) {
                report.add(RlsRules.RLS_WITHOUT_POLICY, false, table.path() + " has row-level security and no policy,"
                        + " so the application sees and writes nothing there (default deny). Fix: CREATE POLICY"
                        + " with USING and WITH CHECK on " + column);
            }
            for (PolicySnapshot policy : policies) {
                if (policy.permissive()) {
                    unscoped(policy, policies, column, report);
                }
                context(policy, report);
            }
        }
    }

    private static void unscoped(PolicySnapshot policy, List<PolicySnapshot> policies, String column,
            RuleReport report) {
        Optional<String> read = Expressions.read(policy);
        if (read.isPresent() && !Expressions.references(read.get(), column)
                && !guarded(policy, policies, column, Expressions::read)) {
            report.error(RlsRules.POLICY_READ_NOT_TENANT_SCOPED, "permissive policy " + policy.path() + " (FOR "
                    + policy.command() + ") reads with USING " + read.get() + ", which does not constrain " + column
                    + "; permissive policies are OR-ed, so every tenant's rows pass. Fix: scope it to " + column
                    + ", restrict it TO the roles meant, or add an AS RESTRICTIVE tenant policy");
        }
        Optional<String> write = Expressions.write(policy);
        if (write.isPresent() && !Expressions.references(write.get(), column)
                && !guarded(policy, policies, column, Expressions::write)) {
            report.error(RlsRules.POLICY_WRITE_NOT_TENANT_SCOPED, "permissive policy " + policy.path() + " (FOR "
                    + policy.command() + ") checks writes with " + write.get() + ", which does not constrain "
                    + column + ", so a tenant can insert rows for, or move its rows to, another tenant. Fix: WITH"
                    + " CHECK on " + column + ", or an AS RESTRICTIVE tenant policy");
        }
    }

    /** Whether a restrictive policy for the same command constrains the tenant in the same expression. */
    private static boolean guarded(PolicySnapshot policy, List<PolicySnapshot> policies, String column,
            Function<PolicySnapshot, Optional<String>> expression) {
        return policies.stream().filter(p -> !p.permissive())
                .filter(p -> p.command() == PolicySnapshot.Command.ALL || p.command() == policy.command())
                .anyMatch(p -> expression.apply(p).filter(e -> Expressions.references(e, column)).isPresent());
    }

    private static void context(PolicySnapshot policy, RuleReport report) {
        String text = policy.using().orElse("") + (policy.withCheck().isPresent() && policy.using().isPresent()
                ? " / " : "") + policy.withCheck().orElse("");
        if (Expressions.hasFallback(text)) {
            report.error(RlsRules.CONTEXT_FALLBACK, "policy " + policy.path() + " falls back when the tenant"
                    + " context is missing (" + text + "): a session without context sees every tenant. Fix:"
                    + " compare the column with nullif(current_setting('<setting>', true), '')::<type> only, so a"
                    + " missing context matches nothing");
        }
        if (Expressions.lacksMissingOk(text)) {
            report.add(RlsRules.CONTEXT_WITHOUT_MISSING_OK, false, "policy " + policy.path() + " reads the context"
                    + " with one-argument current_setting (" + text + "): a session without context errors"
                    + " instead of seeing nothing. Fix: nullif(current_setting('<setting>', true), '')::<type>");
        }
        if (Expressions.castsEmpty(text)) {
            report.add(RlsRules.CONTEXT_CAST_OF_EMPTY, false, "policy " + policy.path() + " casts"
                    + " current_setting(..., true) directly (" + text + "): once any transaction of the session set"
                    + " the context, it reads '' and the cast fails (22P02) on pooled connections. Fix:"
                    + " nullif(current_setting('<setting>', true), '')::<type>");
        }
    }
}
