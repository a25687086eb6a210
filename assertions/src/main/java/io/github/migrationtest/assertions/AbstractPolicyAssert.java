package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;

import io.github.migrationtest.core.schema.PolicySnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a row-level security policy of a table of a schema snapshot, reached with
 * {@link TableAssert#policy(String)}.
 *
 * <p>Expressions are compared as {@code pg_get_expr} writes them, which may differ from the migration's spelling
 * ({@code tenant_id = current_setting('app.tenant')::int} becomes
 * {@code (tenant_id = (current_setting('app.tenant'::text))::integer)}).
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractPolicyAssert<SELF extends AbstractPolicyAssert<SELF>>
        extends AbstractAssert<SELF, PolicySnapshot> {

    private final TableAssert table;

    protected AbstractPolicyAssert(PolicySnapshot actual, TableAssert table, Class<?> selfType) {
        super(actual, selfType);
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Verifies the command the policy applies to.
     *
     * <p>Assertion succeeds: {@code appliesTo(PolicySnapshot.Command.ALL)} after a {@code CREATE POLICY} without
     * {@code FOR}. Fails: {@code appliesTo(PolicySnapshot.Command.SELECT)}.
     *
     * @param command the expected command
     * @return this assertion object
     */
    public SELF appliesTo(PolicySnapshot.Command command) {
        isNotNull();
        if (actual.command() != command) {
            throwAssertionError(shouldHaveProperty("policy command", actual.command(), command));
        }
        return myself;
    }

    /**
     * Verifies that the policy is permissive (the default): a row passes if any permissive policy lets it.
     *
     * <p>Assertion succeeds after {@code CREATE POLICY p ON t USING (...)}. Fails after {@code AS RESTRICTIVE}.
     *
     * @return this assertion object
     */
    public SELF isPermissive() {
        isNotNull();
        if (!actual.permissive()) {
            throwAssertionError(shouldBeDeclared("policy", "permissive", "restrictive"));
        }
        return myself;
    }

    /**
     * Verifies that the policy is restrictive ({@code AS RESTRICTIVE}): every row must pass it as well.
     *
     * @return this assertion object
     */
    public SELF isRestrictive() {
        isNotNull();
        if (actual.permissive()) {
            throwAssertionError(shouldBeDeclared("policy", "restrictive", "permissive"));
        }
        return myself;
    }

    /**
     * Verifies the roles the policy applies to, in any order.
     *
     * <p>Assertion succeeds: {@code hasRoles("public")} after a {@code CREATE POLICY} without {@code TO}. Fails:
     * {@code hasRoles("app")}.
     *
     * @param roles the roles; {@code public} for every role
     * @return this assertion object
     */
    public SELF hasRoles(String... roles) {
        isNotNull();
        List<String> expected = Arrays.stream(roles).sorted().toList();
        if (!actual.roles().equals(expected)) {
            throwAssertionError(shouldHaveProperty("policy roles", actual.roles(), expected));
        }
        return myself;
    }

    /**
     * Verifies the policy's {@code USING} expression, which existing rows must satisfy.
     *
     * <p>Assertion succeeds: {@code hasUsing("(owner = CURRENT_USER)")} after {@code USING (owner =
     * current_user)}. Fails: {@code hasUsing("owner = current_user")}, or on a policy without {@code USING}.
     *
     * @param expression the expected expression, as {@code pg_get_expr} writes it
     * @return this assertion object
     */
    public SELF hasUsing(String expression) {
        isNotNull();
        if (!actual.using().equals(Optional.of(expression))) {
            throwAssertionError(shouldHaveProperty("policy USING expression", actual.using(), expression));
        }
        return myself;
    }

    /**
     * Verifies the policy's {@code WITH CHECK} expression, which new and updated rows must satisfy.
     *
     * <p>Assertion succeeds: {@code hasWithCheck("(owner = CURRENT_USER)")} after {@code WITH CHECK (owner =
     * current_user)}. Fails on a policy without {@code WITH CHECK}, whose {@code USING} expression PostgreSQL
     * applies instead.
     *
     * @param expression the expected expression, as {@code pg_get_expr} writes it
     * @return this assertion object
     */
    public SELF hasWithCheck(String expression) {
        isNotNull();
        if (!actual.withCheck().equals(Optional.of(expression))) {
            throwAssertionError(shouldHaveProperty("policy WITH CHECK expression", actual.withCheck(),
                    expression));
        }
        return myself;
    }

    /**
     * Goes back to the assertion on the policy's table.
     *
     * @return the table's assertion object
     */
    public TableAssert returnToTable() {
        return table;
    }

    /**
     * Goes back to the assertion on the snapshot the policy's table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return table.returnToSnapshot();
    }
}
