package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndexAssert_Test {

    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void capture() throws SQLException {
        snapshot = Snapshots.capture(Snapshots.ACCOUNTS_AND_USERS);
    }

    private static TableAssert users() {
        return assertThat(snapshot).as("schema after 0005").table("public.users");
    }

    private static TextDescription index(String name) {
        return new TextDescription("index public." + name + " of schema after 0005");
    }

    @Test
    void should_pass_when_the_indexes_are_as_asserted() {
        users().index("users_live_idx").isNotUnique().isValid().isPartial().hasPredicate("(deleted_at IS NULL)")
                .hasDefinition("CREATE INDEX users_live_idx ON public.users USING btree (email) "
                        + "WHERE (deleted_at IS NULL)")
                .returnToTable().index("public.users_email_key").isUnique().isValid()
                .returnToSnapshot().hasTable("public.users");
    }

    @Test
    void should_fail_with_the_navigation_path_when_the_index_is_not_unique() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> users().index("users_live_idx").isUnique());
        // THEN
        then(error).hasMessage("[index public.users_live_idx of schema after 0005] \n"
                + "Expecting index to be unique but it is not unique");
    }

    @Test
    void should_fail_when_the_index_is_unique() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> users().index("users_pkey").isNotUnique());
        // THEN
        then(error).hasMessage(shouldBeDeclared("index", "not unique", "unique").create(index("users_pkey")));
    }

    @Test
    void should_fail_when_the_index_is_invalid() throws SQLException {
        // GIVEN an index marked invalid, as a failed CREATE INDEX CONCURRENTLY leaves it
        SchemaSnapshot invalid = Snapshots.capture("CREATE TABLE users (email text); "
                + "CREATE INDEX users_email_idx ON users (email); "
                + "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'users_email_idx'::regclass");
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(invalid).table("users").index("users_email_idx").isValid());
        // THEN
        then(error).hasMessage(shouldBeDeclared("index", "valid", "invalid")
                .create(new TextDescription("index public.users_email_idx of schema")));
    }

    @Test
    void should_fail_when_the_index_is_not_partial() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> users().index("users_pkey").isPartial());
        // THEN
        then(error).hasMessage(shouldBeDeclared("index", "partial", "not partial").create(index("users_pkey")));
    }

    @Test
    void should_fail_when_the_index_has_no_predicate() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().index("users_pkey").hasPredicate("(id > 0)"));
        // THEN
        then(error).hasMessage("[index public.users_pkey of schema after 0005] \n"
                + "Expecting index predicate:\n  (none)\nto be:\n  \"(id > 0)\"");
    }

    @Test
    void should_fail_when_the_predicate_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().index("users_live_idx").hasPredicate("deleted_at IS NULL"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("index predicate", Optional.of("(deleted_at IS NULL)"),
                "deleted_at IS NULL").create(index("users_live_idx")));
    }

    @Test
    void should_fail_when_the_definition_differs() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> users().index("users_email_key").hasDefinition("CREATE UNIQUE INDEX ON users (email)"));
        // THEN
        then(error).hasMessage(shouldHaveProperty("index definition",
                "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)",
                "CREATE UNIQUE INDEX ON users (email)").create(index("users_email_key")));
    }
}
