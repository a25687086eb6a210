package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a snapshot captures, and that equal schemas give equal snapshots. */
class SchemaSnapshotTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void capturesEveryKindWithItsProperties(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP);

        assertThat(snapshot.schemas()).extracting(SchemaObject::path).containsExactly("public");
        assertThat(snapshot.tables()).extracting(SchemaObject::path).containsExactly("public.orders", "public.users");
        assertThat(snapshot.tables()).allSatisfy(table -> {
            assertThat(table.type()).isEqualTo(TableSnapshot.Type.ORDINARY);
            assertThat(table.persistence()).isEqualTo(TableSnapshot.Persistence.PERMANENT);
            assertThat(table.rowSecurity()).isFalse();
        });
        assertThat(snapshot.columns().stream().filter(c -> c.table().equals("users"))).containsExactly(
                new ColumnSnapshot("public", "users", "email", 2, "character varying(255)", true, Optional.empty(),
                        ColumnSnapshot.Identity.NONE, Optional.empty(), Optional.empty()),
                new ColumnSnapshot("public", "users", "id", 1, "bigint", true, Optional.empty(),
                        ColumnSnapshot.Identity.ALWAYS, Optional.empty(), Optional.empty()),
                new ColumnSnapshot("public", "users", "mood", 4, "public.mood", false, Optional.empty(),
                        ColumnSnapshot.Identity.NONE, Optional.empty(), Optional.empty()),
                new ColumnSnapshot("public", "users", "name", 3, "text", false, Optional.empty(),
                        ColumnSnapshot.Identity.NONE, Optional.empty(), Optional.empty()));
        assertThat(snapshot.find(ObjectKind.COLUMN, "public.orders.id")).get()
                .extracting(c -> ((ColumnSnapshot) c).defaultExpression())
                .isEqualTo(Optional.of("nextval('public.orders_id_seq'::regclass)"));
        assertThat(snapshot.constraints()).filteredOn(c -> c.type() != ConstraintSnapshot.Type.NOT_NULL)
                .extracting(SchemaObject::path, ConstraintSnapshot::definition).containsExactly(
                        tuple("public.orders.orders_pkey", "PRIMARY KEY (id)"),
                        tuple("public.orders.orders_user_id_fkey",
                                "FOREIGN KEY (user_id) REFERENCES public.users(id)"),
                        tuple("public.users.users_pkey", "PRIMARY KEY (id)"));
        assertThat(snapshot.indexes()).extracting(SchemaObject::path, IndexSnapshot::primary).containsExactly(
                tuple("public.orders_pkey", true),
                tuple("public.users_pkey", true));
        assertThat(snapshot.sequences()).extracting(SchemaObject::path, SequenceSnapshot::type,
                SequenceSnapshot::ownedBy).containsExactly(
                        tuple("public.invoice_numbers", "bigint", Optional.empty()),
                        tuple("public.orders_id_seq", "integer",
                                Optional.of("public.orders.id")),
                        tuple("public.users_id_seq", "bigint",
                                Optional.of("public.users.id")));
        assertThat(snapshot.views()).extracting(SchemaObject::kind, SchemaObject::path).containsExactly(
                tuple(ObjectKind.VIEW, "public.user_names"),
                tuple(ObjectKind.MATERIALIZED_VIEW, "public.order_totals"));
        assertThat(snapshot.enumTypes()).containsExactly(
                new EnumTypeSnapshot("public", "mood", List.of("sad", "happy"), "postgres"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void objectsAreSortedByKindAndPath(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP);

        List<SchemaObject> reversed = new ArrayList<>(snapshot.objects());
        Collections.reverse(reversed);

        assertThat(snapshot.objects()).isSortedAccordingTo(Comparator.comparing(SchemaObject::kind)
                .thenComparing(SchemaObject::path));
        assertThat(SchemaSnapshot.of(reversed)).isEqualTo(snapshot);
        assertThat(snapshot.objects().get(0)).isEqualTo(snapshot.schemas().get(0));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void twoDatabasesBuiltByTheSameScriptGiveEqualSnapshots(int major) throws SQLException {
        SchemaSnapshot first = snapshot(major, SHOP);
        SchemaSnapshot second = snapshot(major, SHOP);

        assertThat(first.objects()).hasSizeGreaterThan(20);
        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(SchemaDiff.between(first, second).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void reorderingIndependentCreateStatementsGivesEqualSnapshots(int major) throws SQLException {
        String a = "CREATE TABLE a (id int PRIMARY KEY, note text DEFAULT 'x');";
        String b = "CREATE TABLE b (id serial PRIMARY KEY, at timestamptz NOT NULL);";
        String v = "CREATE VIEW b_ids AS SELECT id FROM b;";

        SchemaSnapshot first = snapshot(major, a + b + v);
        SchemaSnapshot second = snapshot(major, b + v + a);

        assertThat(first.tables()).hasSize(2);
        assertThat(SchemaDiff.between(first, second).lines()).isEmpty();
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void foreignKeysToPartitionedTablesAreCapturedOnce(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, """
                CREATE TABLE accounts (id int PRIMARY KEY) PARTITION BY RANGE (id);
                CREATE TABLE accounts_low PARTITION OF accounts FOR VALUES FROM (0) TO (100);
                CREATE TABLE accounts_high PARTITION OF accounts FOR VALUES FROM (100) TO (200);
                CREATE TABLE payments (account_id int REFERENCES accounts (id));
                """);

        assertThat(snapshot.tables()).extracting(SchemaObject::path, TableSnapshot::type).containsExactly(
                tuple("public.accounts", TableSnapshot.Type.PARTITIONED),
                tuple("public.accounts_high", TableSnapshot.Type.ORDINARY),
                tuple("public.accounts_low", TableSnapshot.Type.ORDINARY),
                tuple("public.payments", TableSnapshot.Type.ORDINARY));
        assertThat(snapshot.constraints()).filteredOn(c -> c.table().equals("payments"))
                .extracting(SchemaObject::path, ConstraintSnapshot::definition)
                .containsExactly(tuple("public.payments.payments_account_id_fkey",
                        "FOREIGN KEY (account_id) REFERENCES public.accounts(id)"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void droppedColumnsLeaveNoGapInPositions(int major) throws SQLException {
        SchemaSnapshot withDroppedColumn = snapshot(major,
                "CREATE TABLE t (a int, x int, b text); ALTER TABLE t DROP COLUMN x;");
        SchemaSnapshot direct = snapshot(major, "CREATE TABLE t (a int, b text);");

        assertThat(withDroppedColumn.find(ObjectKind.COLUMN, "public.t.b")).get()
                .extracting(c -> ((ColumnSnapshot) c).position()).isEqualTo(2);
        assertThat(SchemaDiff.between(direct, withDroppedColumn).lines()).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void theCallersSearchPathNeitherMattersNorChanges(int major) throws SQLException {
        PostgresServer server = SchemaFixtures.server(major);
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA app; SET search_path = app, public;" + SHOP);
            SchemaSnapshot underApp = SchemaSnapshot.capture(connection);

            try (ResultSet rs = statement.executeQuery("SHOW search_path")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("app, public");
            }
            statement.execute("SET search_path = public");
            SchemaSnapshot underPublic = SchemaSnapshot.capture(connection);

            assertThat(underApp).isEqualTo(underPublic);
            assertThat(underApp.find(ObjectKind.COLUMN, "app.orders.id")).get()
                    .extracting(c -> ((ColumnSnapshot) c).defaultExpression())
                    .isEqualTo(Optional.of("nextval('app.orders_id_seq'::regclass)"));
        } finally {
            server.dropDatabase(database.name());
        }
    }
}
