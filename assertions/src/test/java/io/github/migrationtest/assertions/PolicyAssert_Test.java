package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyAssert_Test {

    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void capture() throws SQLException {
        snapshot = Snapshots.capture(Snapshots.ACCOUNTS_AND_USERS);
    }

    private static TableAssert users() {
        return assertThat(snapshot).as("schema after 0005").table("public.users");
    }

    private static TextDescription policy(String name) {
        return new TextDescription("policy public.users." + name + " of schema after 0005");
    }

    @Test
    void should_pass_when_the_policies_are_as_asserted() {
        users().policy("tenant_isolation").appliesTo(PolicySnapshot.Command.ALL).isPermissive().hasRoles("public")
                .hasUsing("(tenant = 1)")
                .returnToTable().policy("positive_prices").appliesTo(PolicySnapshot.Command.INSERT).isRestrictive()
                .hasWithCheck("(price > (0)::numeric)")
                .returnToSnapshot().hasTable("public.users");
    }

    @Test
    void should_fail_with_the_navigation_path_when_the_command_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("tenant_isolation").appliesTo(PolicySnapshot.Command.SELECT));
        // THEN
        then(error).hasMessage("[policy public.users.tenant_isolation of schema after 0005] \n"
                + "Expecting policy command:\n  ALL\nto be:\n  SELECT");
    }

    @Test
    void should_fail_when_the_policy_is_restrictive() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("positive_prices").isPermissive());
        // THEN
        then(error).hasMessage(shouldBeDeclared("policy", "permissive", "restrictive")
                .create(policy("positive_prices")));
    }

    @Test
    void should_fail_when_the_policy_is_permissive() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("tenant_isolation").isRestrictive());
        // THEN
        then(error).hasMessage(shouldBeDeclared("policy", "restrictive", "permissive")
                .create(policy("tenant_isolation")));
    }

    @Test
    void should_fail_when_the_roles_differ() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("tenant_isolation").hasRoles("app", "admin"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("policy roles", List.of("public"), List.of("admin", "app"))
                .create(policy("tenant_isolation")));
    }

    @Test
    void should_fail_when_the_using_expression_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("tenant_isolation").hasUsing("tenant = 1"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("policy USING expression", Optional.of("(tenant = 1)"),
                "tenant = 1").create(policy("tenant_isolation")));
    }

    @Test
    void should_fail_when_there_is_no_with_check_expression() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().policy("tenant_isolation").hasWithCheck("(tenant = 1)"));
        // THEN
        then(error).hasMessage("[policy public.users.tenant_isolation of schema after 0005] \n"
                + "Expecting policy WITH CHECK expression:\n  (none)\nto be:\n  \"(tenant = 1)\"");
    }
}
