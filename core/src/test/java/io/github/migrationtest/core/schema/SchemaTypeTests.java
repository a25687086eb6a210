package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Domains and composite types: what is captured, changes that must show and no-ops that must not. */
class SchemaTypeTests {

    private static final String TYPES = """
            CREATE DOMAIN email AS varchar(254) CHECK (VALUE LIKE '%@%');
            CREATE TYPE amount AS (value numeric(10,2), currency char(3));
            """;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void capturesDomainsAndCompositeTypesButNotRowTypes(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP + TYPES);

        assertThat(snapshot.domains()).containsExactly(new DomainSnapshot("public", "email",
                "character varying(254)", false, Optional.empty(),
                List.of("email_check CHECK (((VALUE)::text ~~ '%@%'::text))"), "postgres"));
        assertThat(snapshot.compositeTypes()).containsExactly(new CompositeTypeSnapshot("public", "amount",
                List.of("value numeric(10,2)", "currency character(3)"), "postgres"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedDomainAndCompositeType(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, TYPES);

        assertThat(diff.lines()).containsExactly(
                "+ composite type public.amount: (value numeric(10,2), currency character(3))",
                "+ domain public.email: character varying(254) constraint email_check"
                        + " CHECK (((VALUE)::text ~~ '%@%'::text))");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void domainNotNullDefaultAndConstraint(int major) throws SQLException {
        // On PostgreSQL 17 and later SET NOT NULL also adds a constraint row; only "not null" shows, on every major.
        SchemaDiff diff = diff(major, SHOP + TYPES, """
                ALTER DOMAIN email SET NOT NULL;
                ALTER DOMAIN email SET DEFAULT 'nobody@example.org';
                ALTER DOMAIN email ADD CONSTRAINT email_lower CHECK (VALUE = lower(VALUE)) NOT VALID;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.email: not null false → true",
                "public.email: default (none) → 'nobody@example.org'::character varying",
                "public.email: constraints ('email_check CHECK (((VALUE)::text ~~ '%@%'::text))')"
                        + " → ('email_check CHECK (((VALUE)::text ~~ '%@%'::text))',"
                        + " 'email_lower CHECK (((VALUE)::text = lower((VALUE)::text))) NOT VALID')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void compositeAttributesAddedAndRetyped(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + TYPES, """
                ALTER TYPE amount ALTER ATTRIBUTE value TYPE numeric(12,2);
                ALTER TYPE amount ADD ATTRIBUTE note text COLLATE "C";
                """);

        assertThat(diff.lines()).containsExactly("public.amount: attributes ('value numeric(10,2)',"
                + " 'currency character(3)') → ('value numeric(12,2)', 'currency character(3)',"
                + " 'note text COLLATE \"C\"')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void recreatingIdenticalTypes(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + TYPES, "DROP DOMAIN email; DROP TYPE amount;" + TYPES);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }
}
