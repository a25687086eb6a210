package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extensions stand for the objects that belong to them, which the snapshot leaves out. */
class SchemaExtensionTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void createdExtensionsShowAsThemselvesOnly(int major) throws SQLException {
        // citext brings a type, functions, casts and operators, pgcrypto functions: none shows but the extension.
        SchemaDiff diff = diff(major, SHOP, "CREATE EXTENSION citext; CREATE EXTENSION pgcrypto;");

        assertThat(diff.lines()).containsExactly(
                "+ extension citext: " + (major >= 18 ? "1.8" : "1.6") + " in public",
                "+ extension pgcrypto: " + (major >= 18 ? "1.4" : "1.3") + " in public");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void capturesExtensionsWithoutTheirMembers(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP + """
                CREATE EXTENSION citext VERSION '1.4';
                CREATE TABLE tags (name public.citext PRIMARY KEY);
                """);

        assertThat(snapshot.extensions()).containsExactly(
                new ExtensionSnapshot("citext", "1.4", "public"),
                new ExtensionSnapshot("plpgsql", "1.0", "pg_catalog"));
        assertThat(snapshot.functions()).extracting(SchemaObject::path)
                .containsExactly("public.order_count(bigint)", "public.touch_updated_at()");
        assertThat(snapshot.grants()).extracting(SchemaObject::path)
                .noneMatch(path -> path.contains("citext"));
        // A table of the user's that uses the extension's type is the user's own.
        assertThat(snapshot.find(ObjectKind.COLUMN, "public.tags.name")).get()
                .extracting(c -> ((ColumnSnapshot) c).type()).isEqualTo("public.citext");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void extensionUpdatedAndMoved(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE EXTENSION citext VERSION '1.4'; CREATE SCHEMA ext;", """
                ALTER EXTENSION citext UPDATE TO '1.5';
                ALTER EXTENSION citext SET SCHEMA ext;
                """);

        assertThat(diff.lines()).containsExactly("citext: version 1.4 → 1.5", "citext: schema public → ext");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void recreatingAnExtensionAtTheSameVersion(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE EXTENSION citext VERSION '1.4';", """
                DROP EXTENSION citext;
                CREATE EXTENSION citext VERSION '1.4';
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }
}
