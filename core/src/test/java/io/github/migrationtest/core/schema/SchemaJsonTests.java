package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON form reads back into an equal snapshot and is written the same way every time. */
class SchemaJsonTests {

    /** SHOP with one object of every other kind, and values that need escaping. */
    private static final String RICH = SHOP + """
            CREATE DOMAIN email AS text NOT NULL DEFAULT 'a@b' CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
            CREATE TYPE amount AS (value numeric(10,2), currency text COLLATE "C");
            CREATE UNLOGGED TABLE scratch (id int CHECK (id > 0), note text NOT NULL DEFAULT '');
            CREATE INDEX ON orders (total) WHERE total > 0;
            ALTER TABLE users ENABLE ROW LEVEL SECURITY;
            GRANT SELECT ON orders TO pg_monitor;
            GRANT UPDATE (total) ON orders TO pg_monitor;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pg_monitor;
            CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            COMMENT ON TABLE orders IS 'One row per order, "quoted", \\ and é
            on two lines';
            """;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void roundTrip(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, RICH);
        assertThat(snapshot.objects()).extracting(SchemaObject::kind).contains(ObjectKind.values());

        String json = SchemaJson.write(snapshot);

        assertThat(SchemaJson.read(json)).isEqualTo(snapshot);
        assertThat(SchemaJson.write(SchemaJson.read(json))).isEqualTo(json);
        assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContainIgnoringCase("oid");
    }

    @Test
    void sequenceValuesAndPartitionsRoundTrip() {
        SchemaSnapshot snapshot = SchemaSnapshot.of(List.of(
                new SequenceSnapshot("public", "s", "bigint", 1, 1, 1, Long.MAX_VALUE, false, Optional.empty(),
                        "postgres", Optional.of(Long.MAX_VALUE)),
                new TableSnapshot("public", "events_2024", TableSnapshot.Type.ORDINARY,
                        TableSnapshot.Persistence.PERMANENT, false, false, "postgres", Optional.empty(),
                        Optional.of("public.events"),
                        Optional.of("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))));

        String json = SchemaJson.write(snapshot);

        assertThat(json).contains("\"lastValue\" : 9223372036854775807", "\"partitionOf\" : \"public.events\"",
                "\"partitionKey\" : null");
        assertThat(SchemaJson.read(json)).isEqualTo(snapshot);
    }

    @Test
    void form() {
        SchemaSnapshot snapshot = SchemaSnapshot.of(List.of(
                new ColumnSnapshot("public", "users", "email", 2, "text", true, Optional.empty(),
                        ColumnSnapshot.Identity.NONE, Optional.empty(), Optional.of("pg_catalog.\"C\"")),
                new NamespaceSnapshot("public", "postgres")));

        assertThat(SchemaJson.write(snapshot)).isEqualTo("""
                {
                  "format" : 1,
                  "objects" : [
                    {
                      "kind" : "schema",
                      "path" : "public",
                      "name" : "public",
                      "owner" : "postgres"
                    },
                    {
                      "kind" : "column",
                      "path" : "public.users.email",
                      "collation" : "pg_catalog.\\"C\\"",
                      "defaultExpression" : null,
                      "generated" : null,
                      "identity" : "NONE",
                      "name" : "email",
                      "notNull" : true,
                      "position" : 2,
                      "schema" : "public",
                      "table" : "users",
                      "type" : "text"
                    }
                  ]
                }
                """);
    }

    @Test
    void badInputNamesTheObject() {
        String json = SchemaJson.write(SchemaSnapshot.of(List.of(new NamespaceSnapshot("public", "postgres"))));

        assertThatThrownBy(() -> SchemaJson.read(json.replace("\"postgres\"", "7")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema public: expected String, got 7");
        assertThatThrownBy(() -> SchemaJson.read(json.replace("\"path\" : \"public\"", "\"path\" : \"other\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema other: its fields make schema public");
        assertThatThrownBy(() -> SchemaJson.read("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a schema snapshot of format 1");
    }
}
