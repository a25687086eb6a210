package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static io.github.migrationtest.assertions.error.ShouldMatchGolden.shouldMatchGolden;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.Equivalence;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaJson;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class SchemaSnapshotAssert_matchesGolden_Test {

    private static final String UPDATE = "migrationtest.update-golden";

    private static SchemaSnapshot users;
    private static SchemaSnapshot usersWithTextEmail;

    @TempDir
    Path directory;

    @BeforeAll
    static void capture() throws SQLException {
        users = Snapshots.capture(Snapshots.USERS);
        usersWithTextEmail = Snapshots.capture(Snapshots.USERS.replace("varchar(255)", "text"));
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(UPDATE);
    }

    @Test
    void should_write_a_missing_golden_file_and_pass() throws IOException {
        // GIVEN
        Path file = directory.resolve("schema/V0042.json");
        // WHEN
        String stderr = stderrOf(() -> assertThat(users).matchesGolden(file.toString()));
        // THEN
        then(file).hasContent(SchemaJson.write(users));
        then(stderr).contains("migrationtest: wrote missing golden file " + file.toAbsolutePath());
    }

    @Test
    void should_pass_when_the_snapshot_equals_the_golden_file() throws IOException {
        // GIVEN
        Path file = golden(users);
        // WHEN
        String stderr = stderrOf(() -> assertThat(users).matchesGolden(file.toString()));
        // THEN
        then(stderr).isEmpty();
        then(file).hasContent(SchemaJson.write(users));
    }

    @Test
    void should_fail_with_the_diff_and_both_json_forms_when_the_snapshot_changed() throws IOException {
        // GIVEN
        Path file = golden(users);
        // WHEN
        var error = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(usersWithTextEmail).matchesGolden(file.toString()));
        // THEN
        then(error).hasMessage(shouldMatchGolden(file.toString(), SchemaDiff.between(users, usersWithTextEmail),
                UPDATE).create(new TextDescription("schema")));
        then(error.getMessage()).contains("\n  public.users.email: type character varying(255) → text\n");
        then(error.getActual().getValue()).isEqualTo(SchemaJson.write(usersWithTextEmail));
        then(error.getExpected().getValue()).isEqualTo(SchemaJson.write(users));
        then(file).hasContent(SchemaJson.write(users));
    }

    @Test
    void should_rewrite_the_golden_file_when_the_update_property_is_set() throws IOException {
        // GIVEN
        Path file = golden(users);
        System.setProperty(UPDATE, "true");
        // WHEN
        String stderr = stderrOf(() -> assertThat(usersWithTextEmail).matchesGolden(file.toString()));
        // THEN
        then(file).hasContent(SchemaJson.write(usersWithTextEmail));
        then(stderr).contains("migrationtest: rewrote golden file " + file.toAbsolutePath());
    }

    @Test
    void should_compare_with_the_equivalence() throws IOException {
        // GIVEN
        Path file = golden(users);
        // WHEN/THEN
        assertThat(usersWithTextEmail).matchesGolden(file.toString(),
                Equivalence.EXACT.excludingPaths("public.users.email"));
        var error = catchThrowableOfType(AssertionFailedError.class, () -> assertThat(usersWithTextEmail)
                .matchesGolden(file.toString(), Equivalence.EXACT.ignoringColumnOrder()));
        then(error.getMessage()).contains("public.users.email: type character varying(255) → text");
    }

    @Test
    void should_fail_when_the_golden_file_is_not_a_snapshot() throws IOException {
        // GIVEN
        Path file = directory.resolve("V0042.json");
        Files.writeString(file, "{}");
        // WHEN
        var error = catchThrowableOfType(AssertionError.class, () -> assertThat(users).matchesGolden(file.toString()));
        // THEN
        then(error).hasMessageContaining("Golden file " + file + " is not a schema snapshot: not a schema snapshot"
                + " of format 1");
    }

    private Path golden(SchemaSnapshot snapshot) throws IOException {
        Path file = directory.resolve("V0042.json");
        Files.writeString(file, SchemaJson.write(snapshot), StandardCharsets.UTF_8);
        return file;
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
