package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaDiffAssert_Test {

    private static SchemaSnapshot before;
    private static SchemaDiff diff;

    @BeforeAll
    static void capture() throws SQLException {
        before = Snapshots.capture(Snapshots.USERS + "; CREATE TABLE notes (id int)");
        diff = SchemaDiff.between(before, Snapshots.capture(Snapshots.USERS.replace("varchar(255)", "text")));
    }

    @Test
    void should_pass_when_the_diff_is_empty() {
        assertThat(SchemaDiff.between(before, before)).isEmpty();
    }

    @Test
    void should_fail_listing_the_lines_when_the_diff_is_not_empty() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(diff).isEmpty());
        // THEN
        then(error).hasMessage("[schema diff] \nExpecting schema diff to be empty but it has 3 changes:\n"
                + "  - table public.notes\n  - column public.notes.id: integer\n"
                + "  public.users.email: type character varying(255) → text");
    }

    @Test
    void should_pass_when_the_path_or_an_object_under_it_changed() {
        assertThat(diff).hasChange("public.users.email").hasChange("public.users").hasChange("public.notes")
                .hasNoChangeTo("public.users.name").hasNoChangeTo("public.users_email_idx");
    }

    @Test
    void should_fail_listing_the_changed_paths_when_the_path_did_not_change() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(diff).hasChange("public.users.name"));
        // THEN
        then(error).hasMessage("[schema diff] \nExpecting schema diff to have a change to:\n  \"public.users.name\"\n"
                + "but it only changes:\n  [\"public.notes\", \"public.notes.id\", \"public.users.email\"]");
    }

    @Test
    void should_fail_listing_the_changes_to_the_path() {
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(diff).hasNoChangeTo("public.users"));
        // THEN
        then(error).hasMessage("[schema diff] \nExpecting schema diff to have no change to:\n  \"public.users\"\n"
                + "but it has:\n  public.users.email: type character varying(255) → text");
    }
}
