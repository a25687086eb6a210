package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes the diff must detect, one per kind of object and property, each with its exact rendered lines. */
class SchemaDiffTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void columnTypeChange(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER TABLE users ALTER COLUMN email TYPE varchar(46)");

        assertThat(diff.lines()).containsExactly(
                "public.users.email: type character varying(255) → character varying(46)");
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ObjectKind.COLUMN);
            assertThat(change.changes()).containsExactly(
                    new PropertyChange("type", "character varying(255)", "character varying(46)"));
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void columnNullabilityAndDefault(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP,
                "ALTER TABLE users ALTER COLUMN name SET NOT NULL, ALTER COLUMN name SET DEFAULT 'anon'");

        List<String> expected = new ArrayList<>(List.of(
                "public.users.name: not null false → true",
                "public.users.name: default (none) → 'anon'::text"));
        if (major >= 18) {
            // PostgreSQL 18 records NOT NULL as a constraint of its own.
            expected.add("+ constraint public.users.users_name_not_null: NOT NULL name");
        }
        assertThat(diff.lines()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void columnCollationAndGeneratedExpression(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                ALTER TABLE users ALTER COLUMN email TYPE varchar(255) COLLATE "C";
                ALTER TABLE orders ADD COLUMN cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED;
                """);

        assertThat(diff.lines()).containsExactly(
                "+ column public.orders.cents: bigint generated ((total * (100)::numeric))::bigint STORED",
                "public.users.email: collation (none) → pg_catalog.\"C\"");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void droppedTable(int major) throws SQLException {
        SchemaDiff diff = diff(major, "CREATE TABLE notes (body text)", "DROP TABLE notes");

        assertThat(diff.lines()).containsExactly("- table public.notes", "- column public.notes.body: text");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).extracting(SchemaObject::kind).containsExactly(ObjectKind.TABLE, ObjectKind.COLUMN);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void tableRowSecurityAndPersistence(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE TABLE cache (k text);", """
                ALTER TABLE users ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
                ALTER TABLE cache SET UNLOGGED;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.cache: persistence permanent → unlogged",
                "public.users: row security false → true",
                "public.users: force row security false → true");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedCheckConstraintNotValid(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP,
                "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID");

        assertThat(diff.lines()).containsExactly(
                "+ constraint public.orders.orders_total_check: CHECK ((total >= (0)::numeric)) NOT VALID");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void validatedConstraint(int major) throws SQLException {
        SchemaDiff diff = diff(major,
                SHOP + "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check");

        assertThat(diff.lines()).containsExactly(
                "public.orders.orders_total_check: definition CHECK ((total >= (0)::numeric)) NOT VALID"
                        + " → CHECK ((total >= (0)::numeric))",
                "public.orders.orders_total_check: validated false → true");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void foreignKeyActionAndDeferrability(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey,
                    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
                    ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.orders.orders_user_id_fkey: definition FOREIGN KEY (user_id) REFERENCES public.users(id)"
                        + " → FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE"
                        + " DEFERRABLE INITIALLY DEFERRED",
                "public.orders.orders_user_id_fkey: deferrable false → true",
                "public.orders.orders_user_id_fkey: deferred false → true");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedPartialIndex(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "CREATE INDEX users_email_idx ON users (email) WHERE name IS NOT NULL");

        assertThat(diff.lines()).containsExactly("+ index public.users_email_idx: CREATE INDEX users_email_idx"
                + " ON public.users USING btree (email) WHERE (name IS NOT NULL)");
        assertThat(diff.added()).singleElement().isEqualTo(new IndexSnapshot("public", "users_email_idx",
                "public.users", "CREATE INDEX users_email_idx ON public.users USING btree (email)"
                        + " WHERE (name IS NOT NULL)", false, false, true,
                Optional.of("(name IS NOT NULL)")));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void uniqueIndexReplacingAPlainOne(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE INDEX users_email_idx ON users (email);", """
                DROP INDEX users_email_idx;
                CREATE UNIQUE INDEX users_email_idx ON users (email);
                """);

        assertThat(diff.lines()).containsExactly(
                "public.users_email_idx: definition CREATE INDEX users_email_idx ON public.users USING btree (email)"
                        + " → CREATE UNIQUE INDEX users_email_idx ON public.users USING btree (email)",
                "public.users_email_idx: unique false → true");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void sequenceOptions(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER SEQUENCE invoice_numbers INCREMENT BY 5 MAXVALUE 1000 CYCLE");

        assertThat(diff.lines()).containsExactly(
                "public.invoice_numbers: increment 1 → 5",
                "public.invoice_numbers: max 9223372036854775807 → 1000",
                "public.invoice_numbers: cycle false → true");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void sequenceOwnership(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER SEQUENCE invoice_numbers OWNED BY orders.id");

        assertThat(diff.lines()).containsExactly("public.invoice_numbers: owned by (none) → public.orders.id");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void viewOptions(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER VIEW user_names SET (security_barrier = true)");

        assertThat(diff.lines()).containsExactly("public.user_names: options () → ('security_barrier=true')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void viewDefinition(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "CREATE OR REPLACE VIEW user_names AS SELECT id, name, email FROM users");

        // pg_get_viewdef qualifies column names up to PostgreSQL 15 only.
        assertThat(diff.lines()).containsExactly(major < 16
                ? "public.user_names: definition SELECT users.id, users.name FROM public.users;"
                        + " → SELECT users.id, users.name, users.email FROM public.users;"
                : "public.user_names: definition SELECT id, name FROM public.users;"
                        + " → SELECT id, name, email FROM public.users;");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void viewBecomingMaterialized(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                DROP MATERIALIZED VIEW order_totals;
                CREATE VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
                """);

        assertThat(diff.removed()).extracting(SchemaObject::kind).containsExactly(ObjectKind.MATERIALIZED_VIEW);
        assertThat(diff.added()).extracting(SchemaObject::kind).containsExactly(ObjectKind.VIEW);
        String query = major < 16
                ? "SELECT orders.user_id, sum(orders.total) AS total FROM public.orders GROUP BY orders.user_id;"
                : "SELECT user_id, sum(total) AS total FROM public.orders GROUP BY user_id;";
        assertThat(diff.lines()).containsExactly(
                "- materialized view public.order_totals: " + query,
                "+ view public.order_totals: " + query);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void enumLabelInserted(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'happy'");

        assertThat(diff.lines()).containsExactly("public.mood: labels ('sad', 'happy') → ('sad', 'meh', 'happy')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedSchemaAndEnumType(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "CREATE SCHEMA billing; CREATE TYPE billing.state AS ENUM ('open', 'paid')");

        assertThat(diff.lines()).containsExactly("+ schema billing", "+ enum type billing.state: ('open', 'paid')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void identityKind(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER TABLE users ALTER COLUMN id SET GENERATED BY DEFAULT");

        assertThat(diff.lines()).containsExactly("public.users.id: identity always → by default");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedUniqueConstraintWithItsIndex(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)");

        assertThat(diff.lines()).containsExactly(
                "+ constraint public.users.users_email_key: UNIQUE (email)",
                "+ index public.users_email_key: CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void partitionedTableReplacingAnOrdinaryOne(int major) throws SQLException {
        SchemaDiff diff = diff(major, "CREATE TABLE events (at date NOT NULL)", """
                DROP TABLE events;
                CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);
                """);

        assertThat(diff.lines()).containsExactly("public.events: type ordinary → partitioned",
                "public.events: partition key (none) → RANGE (at)");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void invalidIndexLeftByAFailedConcurrentBuild(int major) throws SQLException {
        var server = SchemaFixtures.server(major);
        var database = server.createDatabase();
        try {
            SchemaFixtures.execute(database, SHOP + "INSERT INTO users (email) VALUES ('a@x.org'), ('a@x.org');"
                    + "CREATE INDEX users_email_idx ON users (email);");
            SchemaSnapshot before = SchemaFixtures.capture(database);
            SchemaFixtures.execute(database, "DROP INDEX users_email_idx");
            assertThatThrownBy(() -> SchemaFixtures.execute(database,
                    "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email)"))
                    .hasMessageContaining("could not create unique index");

            SchemaDiff diff = SchemaDiff.between(before, SchemaFixtures.capture(database));

            assertThat(diff.lines()).containsExactly(
                    "public.users_email_idx: definition CREATE INDEX users_email_idx ON public.users USING btree (email)"
                            + " → CREATE UNIQUE INDEX users_email_idx ON public.users USING btree (email)",
                    "public.users_email_idx: unique false → true",
                    "public.users_email_idx: valid true → false");
        } finally {
            server.dropDatabase(database.name());
        }
    }

    @Test
    void virtualGeneratedColumnOnPostgres18() throws SQLException {
        SchemaDiff diff = diff(18, SHOP, "ALTER TABLE orders ADD COLUMN cents bigint GENERATED ALWAYS AS"
                + " ((total * 100)::bigint) VIRTUAL");

        assertThat(diff.lines()).containsExactly(
                "+ column public.orders.cents: bigint generated ((total * (100)::numeric))::bigint VIRTUAL");
    }

    @Test
    void valuesSpanningLinesAreRenderedOnOne() {
        ViewSnapshot before = new ViewSnapshot("public", "v", false, " SELECT 1 AS one;", List.of(), "postgres");
        ViewSnapshot after = new ViewSnapshot("public", "v", false, " SELECT 1 AS one,\n    2 AS two;", List.of(),
                "postgres");

        SchemaDiff diff = SchemaDiff.between(SchemaSnapshot.of(List.of(before)), SchemaSnapshot.of(List.of(after)));

        assertThat(diff.toString()).isEqualTo("public.v: definition SELECT 1 AS one; → SELECT 1 AS one, 2 AS two;");
        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.changes()).containsExactly(
                new PropertyChange("definition", " SELECT 1 AS one;", " SELECT 1 AS one,\n    2 AS two;")));
    }
}
