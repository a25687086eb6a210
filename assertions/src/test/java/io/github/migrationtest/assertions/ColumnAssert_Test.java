package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldBeNotNull.shouldBeNotNull;
import static io.github.migrationtest.assertions.error.ShouldBeNullable.shouldBeNullable;
import static io.github.migrationtest.assertions.error.ShouldHaveDefault.shouldHaveDefault;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldNotHaveGrant;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ColumnAssert_Test {

    private static SchemaSnapshot users;

    @BeforeAll
    static void capture() throws SQLException {
        users = Snapshots.capture(Snapshots.USERS + "; GRANT UPDATE (email) ON users TO PUBLIC");
    }

    @Test
    void should_pass_when_the_column_is_as_asserted() {
        assertThat(users).table("public.users")
                .column("email").hasType("character varying(255)").isNullable()
                .returnToTable().column("name").hasType("text").isNotNull().hasDefault("'anon'::text")
                .returnToSnapshot().hasTable("public.users");
    }

    @Test
    void should_fail_with_the_navigation_path_when_the_type_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(users).as("schema after 0005")
                .table("public.users").column("email").hasType("text"));
        // THEN
        then(error).hasMessage("[column public.users.email of schema after 0005] \nExpecting column type:\n"
                + "  \"character varying(255)\"\nto be:\n  \"text\"");
    }

    @Test
    void should_fail_when_the_column_is_nullable() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("users").column("email").isNotNull());
        // THEN
        then(error).hasMessage(shouldBeNotNull().create(new TextDescription("column public.users.email of schema")));
    }

    @Test
    void should_fail_when_the_column_is_not_null() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("users").column("name").isNullable());
        // THEN
        then(error).hasMessage(shouldBeNullable().create(new TextDescription("column public.users.name of schema")));
    }

    @Test
    void should_fail_when_the_column_has_no_default() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("users").column("email").hasDefault("now()"));
        // THEN
        then(error).hasMessage(shouldHaveDefault(Optional.empty(), "now()")
                .create(new TextDescription("column public.users.email of schema")));
    }

    @Test
    void should_pass_when_the_column_has_the_grant() {
        assertThat(users).table("users").hasNoGrant("public", "UPDATE")
                .column("email").hasGrant("public", "update").hasNoGrant("public", "SELECT")
                .returnToTable().column("name").hasNoGrant("public", "UPDATE");
    }

    @Test
    void should_fail_when_the_column_grant_is_missing_listing_the_grants_there_are() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("users").column("email").hasGrant("public", "SELECT"));
        // THEN
        then(error).hasMessage("[column public.users.email of schema] \nExpecting column to have grant:\n"
                + "  \"SELECT to public\"\nbut could not find it among:\n  [\"UPDATE to public\"]");
    }

    @Test
    void should_fail_when_a_column_grant_that_should_not_exist_does() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("users").column("email").hasNoGrant("public", "UPDATE"));
        // THEN
        then(error).hasMessage(shouldNotHaveGrant("column", "UPDATE to public")
                .create(new TextDescription("column public.users.email of schema")));
    }
}
