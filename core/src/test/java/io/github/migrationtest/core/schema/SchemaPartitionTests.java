package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partitioned tables' keys and partitions' parents and bounds, as captured and as diffed. */
class SchemaPartitionTests {

    /** A range-partitioned table with an index, one bounded partition and a default one. */
    private static final String EVENTS = """
            CREATE TABLE events (id bigint, created_at date NOT NULL) PARTITION BY RANGE (created_at);
            CREATE INDEX events_created_at_idx ON events (created_at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE events_other PARTITION OF events DEFAULT;
            """;

    private static final String BOUND_2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void capturesKeysParentsAndBounds(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, EVENTS);

        assertThat(snapshot.tables()).extracting(SchemaObject::path, TableSnapshot::type,
                TableSnapshot::partitionKey, TableSnapshot::partitionOf, TableSnapshot::partitionBound)
                .containsExactly(
                        tuple("public.events", TableSnapshot.Type.PARTITIONED, Optional.of("RANGE (created_at)"),
                                Optional.empty(), Optional.empty()),
                        tuple("public.events_2024", TableSnapshot.Type.ORDINARY, Optional.empty(),
                                Optional.of("public.events"), Optional.of(BOUND_2024)),
                        tuple("public.events_other", TableSnapshot.Type.ORDINARY, Optional.empty(),
                                Optional.of("public.events"), Optional.of("DEFAULT")));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void changedBound(int major) throws SQLException {
        SchemaDiff diff = diff(major, EVENTS, """
                ALTER TABLE events DETACH PARTITION events_2024;
                ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');
                """);

        assertThat(diff.lines()).containsExactly("public.events_2024: partition bound " + BOUND_2024
                + " → FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void detachedPartition(int major) throws SQLException {
        SchemaDiff diff = diff(major, EVENTS, "ALTER TABLE events DETACH PARTITION events_2024");

        assertThat(diff.lines()).containsExactly(
                "public.events_2024: partition of public.events → (none)",
                "public.events_2024: partition bound " + BOUND_2024 + " → (none)");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void detachingAndReattachingWithTheSameBoundChangesNothing(int major) throws SQLException {
        SchemaDiff diff = diff(major, EVENTS, """
                ALTER TABLE events DETACH PARTITION events_2024;
                ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void addedPartitionedTableAndPartitionSayWhatTheyAre(int major) throws SQLException {
        SchemaDiff diff = diff(major, EVENTS, """
                CREATE TABLE logs (level text) PARTITION BY LIST (level);
                CREATE TABLE logs_error PARTITION OF logs FOR VALUES IN ('error', 'fatal');
                CREATE TABLE events_2025 PARTITION OF events (id) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
                    PARTITION BY HASH (id);
                """);

        assertThat(diff.lines()).contains(
                "+ table public.events_2025: partition of public.events"
                        + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'), partition by HASH (id)",
                "+ table public.logs: partition by LIST (level)",
                "+ table public.logs_error: partition of public.logs FOR VALUES IN ('error', 'fatal')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void changedKey(int major) throws SQLException {
        SchemaDiff diff = SchemaDiff.between(
                snapshot(major, "CREATE TABLE m (a int, b int) PARTITION BY RANGE (a)"),
                snapshot(major, "CREATE TABLE m (a int, b int) PARTITION BY RANGE (b, (a + 1))"));

        assertThat(diff.lines()).containsExactly("public.m: partition key RANGE (a) → RANGE (b, ((a + 1)))");
    }
}
