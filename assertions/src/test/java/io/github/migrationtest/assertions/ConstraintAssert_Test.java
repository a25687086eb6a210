package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintAssert_Test {

    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void capture() throws SQLException {
        snapshot = Snapshots.capture(Snapshots.ACCOUNTS_AND_USERS);
    }

    private static TableAssert users() {
        return assertThat(snapshot).as("schema after 0005").table("public.users");
    }

    private static TextDescription constraint(String name) {
        return new TextDescription("constraint public.users." + name + " of schema after 0005");
    }

    @Test
    void should_pass_when_the_constraints_are_as_asserted() {
        users().constraint("users_pkey").isPrimaryKey().hasColumns("id").isValidated().isNotDeferrable()
                .returnToTable().constraint("users_email_key").isUnique().hasColumns("email")
                .hasDefinition("UNIQUE (email)")
                .returnToTable().constraint("users_account_id_fkey").isForeignKey().hasColumns("account_id")
                .references("public.accounts").references("accounts").hasOnDelete("cascade")
                .hasOnUpdate("NO ACTION")
                .returnToTable().constraint("users_position_key").hasType(ConstraintSnapshot.Type.UNIQUE)
                .isDeferrable().isInitiallyDeferred()
                .returnToTable().constraint("users_price_check").isCheck().hasColumns()
                .hasDefinition("CHECK ((price > (0)::numeric))")
                .returnToTable().constraint("users_tenant_check").isNotValidated()
                .returnToSnapshot().hasTable("public.accounts");
    }

    @Test
    void should_fail_with_the_navigation_path_when_the_type_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_email_key").isPrimaryKey());
        // THEN
        then(error).hasMessage("[constraint public.users.users_email_key of schema after 0005] \n"
                + "Expecting constraint type:\n  unique\nto be:\n  primary key");
    }

    @Test
    void should_fail_when_the_columns_differ() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_pkey").hasColumns("id", "tenant"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("constraint columns", List.of("id"), List.of("id", "tenant"))
                .create(constraint("users_pkey")));
    }

    @Test
    void should_fail_when_the_definition_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_price_check").hasDefinition("CHECK (price > 0)"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("constraint definition", "CHECK ((price > (0)::numeric))",
                "CHECK (price > 0)").create(constraint("users_price_check")));
    }

    @Test
    void should_fail_when_the_constraint_is_not_valid() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_tenant_check").isValidated());
        // THEN
        then(error).hasMessage(shouldBeDeclared("constraint", "validated", "NOT VALID")
                .create(constraint("users_tenant_check")));
    }

    @Test
    void should_fail_when_the_constraint_is_validated() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_price_check").isNotValidated());
        // THEN
        then(error).hasMessage(shouldBeDeclared("constraint", "NOT VALID", "validated")
                .create(constraint("users_price_check")));
    }

    @Test
    void should_fail_when_the_constraint_is_not_deferrable() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_email_key").isDeferrable());
        // THEN
        then(error).hasMessage("[constraint public.users.users_email_key of schema after 0005] \n"
                + "Expecting constraint to be deferrable but it is not deferrable");
    }

    @Test
    void should_fail_when_the_constraint_is_deferrable() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_position_key").isNotDeferrable());
        // THEN
        then(error).hasMessage(shouldBeDeclared("constraint", "not deferrable", "deferrable")
                .create(constraint("users_position_key")));
    }

    @Test
    void should_fail_when_the_constraint_is_initially_immediate() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_pkey").isInitiallyDeferred());
        // THEN
        then(error).hasMessage(shouldBeDeclared("constraint", "initially deferred", "initially immediate")
                .create(constraint("users_pkey")));
    }

    @Test
    void should_fail_when_the_foreign_key_references_another_table() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_account_id_fkey").references("users"));
        // THEN
        then(error).hasMessage("[constraint public.users.users_account_id_fkey of schema after 0005] \n"
                + "Expecting referenced table:\n  \"public.accounts\"\nto be:\n  \"public.users\"");
    }

    @Test
    void should_fail_when_a_constraint_that_is_not_a_foreign_key_is_asserted_to_reference_a_table() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_pkey").references("accounts"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("constraint type", ConstraintSnapshot.Type.PRIMARY_KEY,
                ConstraintSnapshot.Type.FOREIGN_KEY).create(constraint("users_pkey")));
    }

    @Test
    void should_fail_when_the_on_delete_action_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_account_id_fkey").hasOnDelete("set null"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("foreign key ON DELETE action", "CASCADE", "SET NULL")
                .create(constraint("users_account_id_fkey")));
    }

    @Test
    void should_fail_when_the_on_update_action_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().constraint("users_account_id_fkey").hasOnUpdate("CASCADE"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("foreign key ON UPDATE action", "NO ACTION", "CASCADE")
                .create(constraint("users_account_id_fkey")));
    }
}
