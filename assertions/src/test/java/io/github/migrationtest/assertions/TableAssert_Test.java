package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldHaveColumn.shouldHaveColumn;
import static io.github.migrationtest.assertions.error.ShouldHaveConstraint.shouldHaveConstraint;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldNotHaveGrant;
import static io.github.migrationtest.assertions.error.ShouldHaveIndex.shouldHaveIndex;
import static io.github.migrationtest.assertions.error.ShouldHavePolicy.shouldHavePolicy;
import static io.github.migrationtest.assertions.error.ShouldHavePrimaryKey.shouldHavePrimaryKey;
import static io.github.migrationtest.assertions.error.ShouldHaveRowLevelSecurityEnabled.shouldHaveRowLevelSecurityEnabled;
import static io.github.migrationtest.assertions.error.ShouldNotHaveColumn.shouldNotHaveColumn;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableAssert_Test {

    private static final TextDescription TABLE = new TextDescription("table public.users of schema after 0005");

    private static SchemaSnapshot users;

    @BeforeAll
    static void capture() throws SQLException {
        users = Snapshots.capture(Snapshots.USERS + "; CREATE TABLE secrets (id int); "
                + "ALTER TABLE secrets ENABLE ROW LEVEL SECURITY; CREATE POLICY owner_only ON secrets USING (true); "
                + "GRANT SELECT, INSERT ON users TO PUBLIC; GRANT UPDATE (email) ON users TO PUBLIC");
    }

    private static TableAssert usersTable() {
        return assertThat(users).as("schema after 0005").table("public.users");
    }

    @Test
    void should_pass_when_the_table_has_what_is_asserted() {
        usersTable().hasColumn("email").doesNotHaveColumn("phone").hasPrimaryKey("id").hasIndex("users_email_idx")
                .hasIndex("public.users_pkey").returnToSnapshot().table("secrets").hasRowLevelSecurityEnabled();
    }

    @Test
    void should_fail_when_the_column_is_missing() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasColumn("phone"));
        // THEN
        then(error).hasMessage(shouldHaveColumn("phone", List.of("id", "email", "name")).create(TABLE));
    }

    @Test
    void should_fail_when_a_column_that_should_not_exist_does() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().doesNotHaveColumn("email"));
        // THEN
        then(error).hasMessage(shouldNotHaveColumn("email").create(TABLE));
    }

    @Test
    void should_fail_when_the_primary_key_has_other_columns() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasPrimaryKey("id", "email"));
        // THEN
        then(error).hasMessage(shouldHavePrimaryKey("PRIMARY KEY (id, email)", Optional.of("PRIMARY KEY (id)"))
                .create(TABLE));
    }

    @Test
    void should_fail_when_the_table_has_no_primary_key() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("secrets").hasPrimaryKey("id"));
        // THEN
        then(error).hasMessage("[table public.secrets of schema] \nExpecting table to have primary key:\n"
                + "  \"PRIMARY KEY (id)\"\nbut it has none");
    }

    @Test
    void should_fail_when_the_index_is_missing() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasIndex("users_name_idx"));
        // THEN
        then(error).hasMessage(shouldHaveIndex("users_name_idx", List.of("users_email_idx", "users_pkey"))
                .create(TABLE));
    }

    @Test
    void should_fail_when_row_level_security_is_disabled() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasRowLevelSecurityEnabled());
        // THEN
        then(error).hasMessage(shouldHaveRowLevelSecurityEnabled().create(TABLE));
    }

    @Test
    void should_pass_when_the_table_has_the_constraint_policy_and_grants() {
        usersTable().hasConstraint("users_pkey").hasGrant("PUBLIC", "select").hasGrant("public", "INSERT")
                .hasNoGrant("public", "UPDATE").returnToSnapshot().table("secrets").hasPolicy("owner_only")
                .hasNoGrant("public", "SELECT");
    }

    @Test
    void should_fail_when_the_constraint_is_missing() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasConstraint("users_email_key"));
        // THEN
        then(error).hasMessage(shouldHaveConstraint("users_email_key", List.of("users_pkey")).create(TABLE));
    }

    @Test
    void should_fail_to_navigate_to_a_missing_constraint_listing_those_there_are() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().constraint("users_email_key"));
        // THEN
        then(error).hasMessage("[table public.users of schema after 0005] \nExpecting table to have constraint:\n"
                + "  \"users_email_key\"\nbut could not find it among:\n  [\"users_pkey\"]");
    }

    @Test
    void should_fail_to_navigate_to_a_missing_index_listing_those_there_are() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().index("users_name_idx"));
        // THEN
        then(error).hasMessage(shouldHaveIndex("users_name_idx", List.of("users_email_idx", "users_pkey"))
                .create(TABLE));
    }

    @Test
    void should_fail_when_the_policy_is_missing() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(users).table("secrets").hasPolicy("tenant_isolation"));
        // THEN
        then(error).hasMessage(shouldHavePolicy("tenant_isolation", List.of("owner_only"))
                .create(new TextDescription("table public.secrets of schema")));
    }

    @Test
    void should_fail_to_navigate_to_a_missing_policy_listing_those_there_are() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().policy("tenant_isolation"));
        // THEN
        then(error).hasMessage("[table public.users of schema after 0005] \nExpecting table to have policy:\n"
                + "  \"tenant_isolation\"\nbut could not find it among:\n  []");
    }

    @Test
    void should_fail_when_the_grant_is_missing_listing_the_grants_there_are() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasGrant("public", "delete"));
        // THEN
        then(error).hasMessage("[table public.users of schema after 0005] \nExpecting table to have grant:\n"
                + "  \"DELETE to public\"\nbut could not find it among:\n"
                + "  [\"INSERT to public\", \"SELECT to public\"]");
    }

    @Test
    void should_fail_when_a_grant_that_should_not_exist_does() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> usersTable().hasNoGrant("public", "SELECT"));
        // THEN
        then(error).hasMessage(shouldNotHaveGrant("table", "SELECT to public").create(TABLE));
    }
}
