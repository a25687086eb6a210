package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each equivalence option hides one difference and leaves the others visible. */
class SchemaEquivalenceTests {

    private static SchemaDiff diff(int major, String before, String after, Equivalence equivalence)
            throws SQLException {
        return SchemaDiff.between(snapshot(major, before), snapshot(major, after), equivalence);
    }

    @Test
    void exactIsTheDefault() throws SQLException {
        SchemaSnapshot before = snapshot(18, "CREATE TABLE t (a int, b text)");
        SchemaSnapshot after = snapshot(18, "CREATE TABLE t (b text, a int)");

        assertThat(SchemaDiff.between(before, after, Equivalence.EXACT))
                .isEqualTo(SchemaDiff.between(before, after));
        assertThat(Equivalence.EXACT.apply(before)).isSameAs(before);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void columnOrder(int major) throws SQLException {
        String before = "CREATE TABLE t (a int, b text)";
        String after = "CREATE TABLE t (b text, a bigint)";

        assertThat(diff(major, before, after, Equivalence.EXACT).lines()).containsExactly(
                "public.t.a: position 1 → 2",
                "public.t.a: type integer → bigint",
                "public.t.b: position 2 → 1");
        assertThat(diff(major, before, after, Equivalence.EXACT.ignoringColumnOrder()).lines())
                .containsExactly("public.t.a: type integer → bigint");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void generatedConstraintAndIndexNames(int major) throws SQLException {
        String before = "CREATE TABLE users (id int, email text); CREATE INDEX ON users (email);";
        String after = """
                CREATE TABLE users (id int, email text);
                CREATE INDEX users_email_idx ON users (id);
                CREATE INDEX ON users (email);
                """;

        assertThat(diff(major, before, after, Equivalence.EXACT).lines()).containsExactly(
                "public.users_email_idx: definition CREATE INDEX users_email_idx ON public.users USING btree (email)"
                        + " → CREATE INDEX users_email_idx ON public.users USING btree (id)",
                "+ index public.users_email_idx1: CREATE INDEX users_email_idx1 ON public.users USING btree (email)");
        // the index on (id) is a real difference, whatever its name
        assertThat(diff(major, before, after, Equivalence.EXACT.ignoringGeneratedNames()).lines()).containsExactly(
                "+ index public.(CREATE INDEX ON public.users USING btree (id)):"
                        + " CREATE INDEX ON public.users USING btree (id)");
    }

    @Test
    void generatedNotNullNamesOn18() throws SQLException {
        String before = "CREATE TABLE t (b int NOT NULL, c int NOT NULL)";
        String after = "CREATE TABLE t (a int NOT NULL, c int); ALTER TABLE t RENAME a TO b";

        assertThat(diff(18, before, after, Equivalence.EXACT).lines()).containsExactly(
                "public.t.c: not null true → false",
                "+ constraint public.t.t_a_not_null: NOT NULL b",
                "- constraint public.t.t_b_not_null: NOT NULL b",
                "- constraint public.t.t_c_not_null: NOT NULL c");
        assertThat(diff(18, before, after, Equivalence.EXACT.ignoringGeneratedNames()).lines()).containsExactly(
                "- constraint public.t.(NOT NULL c): NOT NULL c",
                "public.t.c: not null true → false");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void comments(int major) throws SQLException {
        String before = "CREATE TABLE t (a int); COMMENT ON TABLE t IS 'old'";
        String after = "CREATE TABLE t (a int, b int); COMMENT ON TABLE t IS 'new'";

        assertThat(diff(major, before, after, Equivalence.EXACT).lines()).containsExactly(
                "comment on public.t: text old → new",
                "+ column public.t.b: integer");
        assertThat(diff(major, before, after, Equivalence.EXACT.ignoringComments()).lines())
                .containsExactly("+ column public.t.b: integer");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void owners(int major) throws SQLException {
        String role = "DO $$ BEGIN CREATE ROLE mt_equivalence_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;";
        String before = role + "CREATE TABLE t (a int)";
        String after = role + "CREATE TABLE t (a int, b int); ALTER TABLE t OWNER TO mt_equivalence_owner";

        assertThat(diff(major, before, after, Equivalence.EXACT).lines())
                .contains("public.t: owner postgres → mt_equivalence_owner", "+ column public.t.b: integer");
        assertThat(diff(major, before, after, Equivalence.EXACT.ignoringOwners()).lines())
                .doesNotContain("public.t: owner postgres → mt_equivalence_owner")
                .contains("+ column public.t.b: integer");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void schemas(int major) throws SQLException {
        String before = "CREATE SCHEMA audit; CREATE TABLE audit.log (a int); CREATE TABLE t (a int)";
        String after = "CREATE SCHEMA audit; CREATE TABLE audit.log (a int, b int); CREATE TABLE t (a int, c int)";

        assertThat(diff(major, before, after, Equivalence.EXACT).lines()).containsExactly(
                "+ column audit.log.b: integer",
                "+ column public.t.c: integer");
        assertThat(diff(major, before, after, Equivalence.EXACT.excludingSchemas("audit")).lines())
                .containsExactly("+ column public.t.c: integer");
        assertThat(diff(major, before, after, Equivalence.EXACT.includingSchemas("audit")).lines())
                .containsExactly("+ column audit.log.b: integer");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void excludedPaths(int major) throws SQLException {
        String before = "CREATE TABLE t (a int)";
        String after = """
                CREATE TABLE t (a int, c int);
                CREATE TABLE tmp_x (a int PRIMARY KEY);
                CREATE INDEX scratch ON tmp_x (a);
                COMMENT ON TABLE tmp_x IS 'scratch';
                GRANT SELECT ON tmp_x TO pg_monitor;
                """;

        assertThat(diff(major, before, after, Equivalence.EXACT).lines()).contains("+ table public.tmp_x");
        assertThat(diff(major, before, after, Equivalence.EXACT.excludingPaths("public.tmp_*")).lines())
                .containsExactly("+ column public.t.c: integer");
    }
}
