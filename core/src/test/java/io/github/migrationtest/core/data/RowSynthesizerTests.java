package io.github.migrationtest.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Row synthesis on real PostgreSQL: every generator and rule, with the exact rows it inserts. */
class RowSynthesizerTests {

    /** A table per rule: generators, skipped columns, domains, keys, checks, self-references, partitions. */
    static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE DOMAIN email AS varchar(254) CHECK (VALUE LIKE '%@%.%');
            CREATE DOMAIN big AS integer NOT NULL CHECK (VALUE > 50);
            CREATE TABLE customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email email NOT NULL UNIQUE,
                name varchar(5) NOT NULL,
                code char(2) NOT NULL UNIQUE,
                mood mood NOT NULL,
                active boolean NOT NULL DEFAULT true,
                born date,
                seen timestamp NOT NULL,
                seen_tz timestamptz NOT NULL,
                opens time NOT NULL,
                opens_tz timetz NOT NULL,
                wait interval NOT NULL,
                token uuid NOT NULL UNIQUE,
                profile jsonb NOT NULL,
                raw json NOT NULL,
                avatar bytea NOT NULL,
                ip inet NOT NULL,
                net cidr NOT NULL,
                small smallint NOT NULL,
                ratio real NOT NULL,
                score double precision NOT NULL,
                amount numeric(4,2) NOT NULL,
                tiny numeric(2,2) NOT NULL,
                tags text[] NOT NULL,
                moods mood[] NOT NULL,
                emails email[],
                location point,
                shout text GENERATED ALWAYS AS (upper(name)) STORED,
                created timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE products (
                id serial PRIMARY KEY,
                sku text NOT NULL UNIQUE CHECK (sku ~ '^[a-z]+$'),
                price numeric(10,2) NOT NULL CHECK (price > 1000),
                stock big,
                discount integer NOT NULL CHECK (discount < 0),
                label text NOT NULL DEFAULT 'none' CHECK (label = upper(label))
            );
            CREATE TABLE orders (
                customer_id bigint NOT NULL REFERENCES customers,
                product_id integer NOT NULL REFERENCES products,
                quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100),
                note text,
                PRIMARY KEY (customer_id, product_id)
            );
            CREATE TABLE categories (
                id integer PRIMARY KEY,
                parent_id integer REFERENCES categories,
                root_id integer NOT NULL REFERENCES categories
            );
            CREATE TABLE events (
                id bigint NOT NULL,
                happened date NOT NULL,
                customer_id bigint REFERENCES customers
            ) PARTITION BY RANGE (happened);
            CREATE TABLE events_2030 PARTITION OF events FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');
            CREATE VIEW customer_emails AS SELECT email FROM customers;
            """;

    /** Children before parents; products is not listed, but orders needs it. */
    static final List<String> TABLES = List.of("public.orders", "public.events_2030", "public.categories",
            "public.customers", "public.customer_emails");

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void fillsEveryTableWithValidRows(int major) throws SQLException {
        try (SynthDatabases db = new SynthDatabases(major, SCHEMA)) {
            SynthesisResult result = db.fill(RowSynthesizer.defaults(), TABLES);

            assertThat(result.filled()).containsExactly(entry("public.categories", 3), entry("public.customers", 3),
                    entry("public.events", 3), entry("public.orders", 3), entry("public.products", 3));
            assertThat(result.unfillable()).containsExactly(entry("public.customer_emails", "a view, not a table"));
            assertThat(result.filledThroughParent()).containsExactly(entry("public.events_2030", "public.events"));

            assertThat(db.rows("SELECT id, email, name, code, mood, active, born, seen, seen_tz, opens, opens_tz,"
                    + " wait, profile, raw, avatar, ip, net, small, ratio, score, amount, tiny, tags, moods, emails,"
                    + " location, shout, created FROM customers ORDER BY id")).containsExactly(
                    "3|user0@example.com|name0|c0|sad|t|2024-01-01|2024-01-01 12:00:00|2024-01-01 12:00:00+00"
                            + "|08:00:00|08:00:00+00|1 day|{\"n\": 0}|{\"n\": 0}|\\x00000000|10.0.0.1|10.0.0.0/24"
                            + "|1|1|1|1.00|0.99|{tags-0,tags-1000}|{sad,ok}"
                            + "|{user0@example.com,user1000@example.com}|NULL|NAME0|2024-01-01 12:00:00+00",
                    "4|user1@example.com|name1|c1|ok|f|2024-01-02|2024-01-02 12:00:00|2024-01-02 12:00:00+00"
                            + "|08:01:00|08:01:00+00|2 days|{\"n\": 1}|{\"n\": 1}|\\x00000001|10.0.0.2|10.0.1.0/24"
                            + "|2|2|2|2.00|0.98|{tags-1,tags-1001}|{ok,happy}"
                            + "|{user1@example.com,user1001@example.com}|NULL|NAME1|2024-01-02 12:00:00+00",
                    "5|user2@example.com|name2|c2|happy|t|2024-01-03|2024-01-03 12:00:00|2024-01-03 12:00:00+00"
                            + "|08:02:00|08:02:00+00|3 days|{\"n\": 2}|{\"n\": 2}|\\x00000002|10.0.0.3|10.0.2.0/24"
                            + "|3|3|3|3.00|0.97|{tags-2,tags-1002}|{happy,sad}"
                            + "|{user2@example.com,user1002@example.com}|NULL|NAME2|2024-01-03 12:00:00+00");
            // Failed tries (the email domain's check rejected two value sets) used up identity values 1 and 2.
            assertThat(db.rows("SELECT count(DISTINCT token) FROM customers")).containsExactly("3");
            // Each check found the value set it accepts; the serial id, left to the database, counts 8 failed tries.
            assertThat(db.rows("SELECT id, sku, price, stock, discount, label FROM products ORDER BY id"))
                    .containsExactly("9|valuea|10000.00|10000|-1|VALUEA", "10|valueb|10001.00|10001|-2|VALUEB",
                            "11|valuec|10002.00|10002|-3|VALUEC");
            assertThat(db.rows("SELECT customer_id, product_id, quantity, note FROM orders ORDER BY 1"))
                    .containsExactly("3|9|1|note-0", "4|10|2|note-1", "5|11|3|note-2");
            assertThat(db.rows("SELECT id, parent_id, root_id FROM categories ORDER BY id"))
                    .containsExactly("1|NULL|1", "2|NULL|2", "3|NULL|3");
            assertThat(db.rows("SELECT tableoid::regclass, id, happened, customer_id FROM events ORDER BY id"))
                    .containsExactly("events_2030|1|2030-06-15|3", "events_2030|2|2030-06-16|4",
                            "events_2030|3|2030-06-17|5");
        }
    }

    @Test
    void sameSchemaGivesSameRows() throws SQLException {
        List<String> first;
        List<String> second;
        try (SynthDatabases db = new SynthDatabases(17, SCHEMA)) {
            db.fill(RowSynthesizer.rowsPerTable(5), TABLES);
            first = allRows(db);
        }
        try (SynthDatabases db = new SynthDatabases(17, SCHEMA)) {
            db.fill(RowSynthesizer.rowsPerTable(5), TABLES);
            second = allRows(db);
        }
        assertThat(first).hasSize(25).isEqualTo(second);
    }

    @Test
    void commitsAndRestoresAutoCommit() throws SQLException {
        try (SynthDatabases db = new SynthDatabases(17, "CREATE TABLE notes (id integer PRIMARY KEY, body text);")) {
            try (Connection connection = db.database.connect()) {
                connection.setAutoCommit(true);
                SynthesisResult result = RowSynthesizer.rowsPerTable(2).fill(connection,
                        SchemaSnapshot.capture(connection),
                        List.of("public.notes"));
                assertThat(result.filled()).containsExactly(entry("public.notes", 2));
                assertThat(connection.getAutoCommit()).isTrue();
            }
            // Another connection sees the rows: they were committed.
            assertThat(db.rows("SELECT id, body FROM notes ORDER BY id")).containsExactly("1|body-0", "2|body-1");
        }
    }

    @Test
    void checkRetriesCoverCommonShapes() throws SQLException {
        try (SynthDatabases db = new SynthDatabases(17, """
                CREATE TABLE shapes (
                    slug text CHECK (slug ~ '^[a-z]+$'),
                    upper_code varchar(8) CHECK (upper_code ~ '^[A-Z]+$'),
                    digits text CHECK (digits ~ '^[0-9]+$'),
                    mail text CHECK (mail LIKE '%@%'),
                    url text CHECK (url LIKE 'https://%'),
                    long_text text CHECK (length(long_text) > 25),
                    proper text CHECK (proper ~ '^[A-Z][a-z]+$'),
                    negative numeric CHECK (negative < 0),
                    zero_based integer CHECK (zero_based >= 0 AND zero_based < 3),
                    hundreds smallint CHECK (hundreds BETWEEN 100 AND 200),
                    past date CHECK (past < '2020-01-01'),
                    future timestamptz CHECK (future > '2029-01-01'),
                    sad_mood boolean CHECK (NOT sad_mood),
                    always boolean CHECK (always),
                    pair_low integer, pair_high integer, CHECK (pair_low > pair_high)
                );
                """)) {
            SynthesisResult result = db.fill(RowSynthesizer.defaults(), List.of("public.shapes"));

            assertThat(result.unfillable()).isEmpty();
            assertThat(result.filled()).containsExactly(entry("public.shapes", 3));
            assertThat(db.rows("SELECT * FROM shapes ORDER BY slug")).containsExactly(
                    "valuea|VALUEA|1000|user0@example.com|https://example.com/0|Sample text for testing, number 0"
                            + "|Valuea|-1|1|100|2000-01-01|2030-06-15 12:00:00+00|f|t|10000|1",
                    "valueb|VALUEB|1001|user1@example.com|https://example.com/1|Sample text for testing, number 1"
                            + "|Valueb|-2|2|101|2000-01-02|2030-06-16 12:00:00+00|f|t|10001|2",
                    "valuec|VALUEC|1002|user2@example.com|https://example.com/2|Sample text for testing, number 2"
                            + "|Valuec|-3|2|102|2000-01-03|2030-06-17 12:00:00+00|f|t|10002|3");
        }
    }

    @Test
    void listsTablesItCannotFillWithTheReason() throws SQLException {
        try (SynthDatabases db = new SynthDatabases(17, """
                CREATE TABLE never (id integer PRIMARY KEY, CONSTRAINT never_ok CHECK (false));
                CREATE TABLE never_child (id integer, never_id integer NOT NULL REFERENCES never);
                CREATE TABLE docs (id integer, body tsvector NOT NULL);
                CREATE TABLE optional_docs (id integer, body tsvector, shape point);
                CREATE TABLE a (id integer PRIMARY KEY, b_id integer NOT NULL);
                CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a);
                ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b;
                CREATE TABLE c (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a);
                CREATE TABLE d (id integer, a_id integer REFERENCES a);
                CREATE TABLE nodes (id serial PRIMARY KEY, parent_id integer NOT NULL REFERENCES nodes);
                CREATE TABLE routed (id integer, v integer) PARTITION BY LIST (v);
                CREATE TABLE routed_odd PARTITION OF routed FOR VALUES IN (424242);
                """)) {
            SynthesisResult result = db.fill(RowSynthesizer.defaults(), List.of("public.never_child",
                    "public.docs", "public.optional_docs", "public.c", "public.d", "public.nodes",
                    "public.routed", "public.nope"));

            assertThat(result.filled()).containsExactly(entry("public.d", 3), entry("public.optional_docs", 3));
            assertThat(result.unfillable()).containsExactly(
                    entry("public.a", "foreign keys with NOT NULL columns form a cycle: public.a -> public.b"
                            + " -> public.a"),
                    entry("public.b", "foreign keys with NOT NULL columns form a cycle: public.b -> public.a"
                            + " -> public.b"),
                    entry("public.c", "needs a row in public.a, which is on a cycle of foreign keys with NOT NULL"
                            + " columns"),
                    entry("public.docs", "column body is NOT NULL and its type tsvector has no generator"),
                    entry("public.never", "check constraint never_ok rejected every value tried"),
                    entry("public.never_child", "foreign key never_child_never_id_fkey needs a row in public.never,"
                            + " which has none (public.never: check constraint never_ok rejected every value"
                            + " tried)"),
                    entry("public.nodes", "self-referencing foreign key nodes_parent_id_fkey needs id, which the"
                            + " database generates"),
                    entry("public.nope", "no such table in the snapshot"),
                    entry("public.routed", "no partition of public.routed accepts any row tried"));
            assertThat(db.rows("SELECT id, a_id FROM d ORDER BY id")).containsExactly("1|NULL", "2|NULL", "3|NULL");
            assertThat(db.rows("SELECT count(*) FROM never_child")).containsExactly("0");
        }
    }

    @Test
    void keysStayDistinctAgainstExistingRowsAndSmallTypes() throws SQLException {
        try (SynthDatabases db = new SynthDatabases(17, """
                CREATE TABLE tags (name text PRIMARY KEY);
                INSERT INTO tags VALUES ('name-0'), ('name-1');
                CREATE TABLE flags (flag boolean PRIMARY KEY);
                CREATE TABLE pairs (a integer, b text, UNIQUE (a, b));
                """)) {
            SynthesisResult result = db.fill(RowSynthesizer.defaults(), List.of("public.tags", "public.flags",
                    "public.pairs"));

            // A boolean key has two values: the third row gives up and the first two stay.
            assertThat(result.filled()).containsExactly(entry("public.flags", 2), entry("public.pairs", 3),
                    entry("public.tags", 3));
            assertThat(db.rows("SELECT name FROM tags ORDER BY name"))
                    .containsExactly("name-0", "name-1", "name-2", "name-3", "name-4");
            assertThat(db.rows("SELECT flag FROM flags ORDER BY flag")).containsExactly("f", "t");
            assertThat(db.rows("SELECT a, b FROM pairs ORDER BY a")).containsExactly("1|b-0", "2|b-1", "3|b-2");
        }
    }

    @Test
    void breaksCyclesThroughNullableKeysAndLeavesUngeneratedDefaultsToTheDatabase() throws SQLException {
        try (SynthDatabases db = new SynthDatabases(17, """
                CREATE TABLE teams (id integer PRIMARY KEY, lead_id integer NOT NULL);
                CREATE TABLE members (id integer PRIMARY KEY, team_id integer REFERENCES teams);
                ALTER TABLE teams ADD FOREIGN KEY (lead_id) REFERENCES members;
                CREATE TABLE searchable (id integer, body tsvector NOT NULL DEFAULT to_tsvector('simple', 'x'));
                """)) {
            SynthesisResult result = db.fill(RowSynthesizer.defaults(), List.of("public.teams",
                    "public.searchable"));

            assertThat(result.unfillable()).isEmpty();
            assertThat(result.filled()).containsExactly(entry("public.members", 3), entry("public.searchable", 3),
                    entry("public.teams", 3));
            assertThat(db.rows("SELECT id, team_id FROM members ORDER BY id"))
                    .containsExactly("1|NULL", "2|NULL", "3|NULL");
            assertThat(db.rows("SELECT id, lead_id FROM teams ORDER BY id")).containsExactly("1|1", "2|2", "3|3");
            assertThat(db.rows("SELECT id, body FROM searchable ORDER BY id"))
                    .containsExactly("1|'x':1", "2|'x':1", "3|'x':1");
        }
    }

    private static List<String> allRows(SynthDatabases db) throws SQLException {
        return db.rows("""
                SELECT 'customers', c::text FROM customers c UNION ALL SELECT 'products', p::text FROM products p
                UNION ALL SELECT 'orders', o::text FROM orders o
                UNION ALL SELECT 'categories', k::text FROM categories k
                UNION ALL SELECT 'events', e::text FROM events e ORDER BY 1, 2""");
    }
}
