package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldBeEquivalentTo.shouldBeEquivalentTo;
import static io.github.migrationtest.assertions.error.ShouldHaveTable.shouldHaveTableInSchema;
import static io.github.migrationtest.assertions.error.ShouldNotHaveTable.shouldNotHaveTable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SchemaSnapshotAssert_Test {

    private static SchemaSnapshot users;
    private static SchemaSnapshot usersWithTextEmail;

    @BeforeAll
    static void capture() throws SQLException {
        users = Snapshots.capture(Snapshots.USERS);
        usersWithTextEmail = Snapshots.capture(Snapshots.USERS.replace("varchar(255)", "text"));
    }

    @Test
    void should_pass_when_the_table_exists() {
        assertThat(users).hasTable("public.users").hasTable("users").doesNotHaveTable("public.orders");
    }

    @Test
    void should_fail_when_the_table_is_missing() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(users).hasTable("orders"));
        // THEN
        then(error).hasMessage(shouldHaveTableInSchema("public.orders", List.of("public.users"))
                .create(new TextDescription("schema")));
    }

    @Test
    void should_fail_when_a_table_that_should_not_exist_does() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).as("schema after 0005").doesNotHaveTable("public.users"));
        // THEN
        then(error).hasMessage(shouldNotHaveTable("public.users").create(new TextDescription("schema after 0005")));
    }

    @Test
    void should_pass_when_the_snapshots_are_equivalent() throws SQLException {
        assertThat(users).isEquivalentTo(Snapshots.capture(Snapshots.USERS));
    }

    @Test
    void should_fail_with_the_diff_and_both_renderings_when_the_snapshots_differ() {
        // WHEN
        var error = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(usersWithTextEmail).isEquivalentTo(users));
        // THEN
        then(error).hasMessage(shouldBeEquivalentTo(SchemaDiff.between(users, usersWithTextEmail))
                .create(new TextDescription("schema")));
        then(error.getMessage()).contains("public.users.email: type character varying(255) → text");
        then(error.getActual().getValue()).asString().contains("column public.users.email\n  position: 2\n  type: text\n");
        then(error.getExpected().getValue()).asString().contains("  type: character varying(255)\n");
    }
}
