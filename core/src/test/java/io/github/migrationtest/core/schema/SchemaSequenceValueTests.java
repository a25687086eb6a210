package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sequences' last values: captured only when asked for, and ignored by an equivalence option. */
class SchemaSequenceValueTests {

    private static final String SETUP = SHOP + "SELECT setval('invoice_numbers', 42);";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void capturedOnlyWhenAskedFor(int major) throws SQLException {
        Captures captures = captures(major, SETUP, "SELECT nextval('orders_id_seq')");

        assertThat(captures.before().sequences()).extracting(SchemaObject::path, SequenceSnapshot::lastValue)
                .containsExactly(
                        tuple("public.invoice_numbers", Optional.of(42L)),
                        tuple("public.orders_id_seq", Optional.empty()),
                        tuple("public.users_id_seq", Optional.empty()));
        assertThat(captures.plain().sequences()).extracting(SequenceSnapshot::lastValue)
                .containsOnly(Optional.empty());
        assertThat(captures.diff(Equivalence.EXACT).lines())
                .containsExactly("public.orders_id_seq: last value (none) → 1");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void changedValue(int major) throws SQLException {
        Captures captures = captures(major, SETUP, "SELECT setval('invoice_numbers', 43)");

        assertThat(captures.diff(Equivalence.EXACT).lines())
                .containsExactly("public.invoice_numbers: last value 42 → 43");
        assertThat(captures.diff(Equivalence.EXACT.ignoringSequenceValues()).isEmpty()).isTrue();
        // what else changes is still seen
        Captures more = captures(major, SETUP, "SELECT setval('invoice_numbers', 43);"
                + " ALTER SEQUENCE invoice_numbers INCREMENT BY 2");
        assertThat(more.diff(Equivalence.EXACT.ignoringSequenceValues()).lines())
                .containsExactly("public.invoice_numbers: increment 1 → 2");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void settingTheSameValueChangesNothing(int major) throws SQLException {
        Captures captures = captures(major, SETUP, "SELECT setval('invoice_numbers', 42)");

        assertThat(captures.diff(Equivalence.EXACT).lines()).isEmpty();
        assertThat(captures.diff(Equivalence.EXACT).isEmpty()).isTrue();
    }

    /** Captures with values before and after the change, and a plain capture after it. */
    private static Captures captures(int major, String setup, String change) throws SQLException {
        PostgresServer server = SchemaFixtures.server(major);
        TestDatabase database = server.createDatabase();
        try {
            execute(database, setup);
            SchemaSnapshot before;
            try (Connection connection = database.connect()) {
                before = SchemaSnapshot.captureWithSequenceValues(connection);
            }
            execute(database, change);
            try (Connection connection = database.connect()) {
                return new Captures(before, SchemaSnapshot.captureWithSequenceValues(connection),
                        SchemaSnapshot.capture(connection));
            }
        } finally {
            server.dropDatabase(database.name());
        }
    }

    private record Captures(SchemaSnapshot before, SchemaSnapshot after, SchemaSnapshot plain) {

        SchemaDiff diff(Equivalence equivalence) {
            return SchemaDiff.between(before, after, equivalence);
        }
    }
}
