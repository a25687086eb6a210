package io.github.migrationtest.benchmarks;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Medians of {@link SchemaSnapshot#capture(Connection)} on a 60-table and a 500-table schema, and of
 * {@link SchemaDiff#between(SchemaSnapshot, SchemaSnapshot)} on two equal snapshots of each, on the embedded
 * PostgreSQL (tmpfs). Each table has an identity primary key, a foreign key to the previous table and an index; every
 * tenth table has a view; one trigger function and a trigger on every tenth table. Capture is timed on an open
 * connection (connecting is not part of it); the warm-up runs are not counted. Prints a Markdown table for
 * docs/performance.md.
 */
public final class SnapshotBenchmark {

    private static final int MAJOR = Integer.getInteger("benchmark.major", 17);
    private static final int WARM_UP = Integer.getInteger("benchmark.snapshotWarmUp", 20);
    /** Comparing takes well under a millisecond, so the JIT needs many more runs before it is warm. */
    private static final int COMPARE_WARM_UP = Integer.getInteger("benchmark.compareWarmUp", 2000);
    private static final int CAPTURES = Integer.getInteger("benchmark.captures", 31);
    private static final int COMPARES = Integer.getInteger("benchmark.compares", 201);

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(MAJOR));
        List<String> rows = new ArrayList<>();
        TestDatabase empty = server.createDatabase();
        try (Connection connection = empty.connect(); Statement statement = connection.createStatement()) {
            // what capture's ~20 statements cost in round trips when each was sent alone (now 3 round trips)
            rows.add(row("20 round trips of `SELECT 1` (the floor of 20 statements)", CAPTURES, WARM_UP, () -> {
                for (int i = 0; i < 20; i++) {
                    statement.execute("SELECT 1");
                }
                return null;
            }));
            rows.add(row("capture, empty database (fixed cost)", CAPTURES, WARM_UP,
                    () -> SchemaSnapshot.capture(connection)));
        } finally {
            server.dropDatabase(empty.name());
        }
        for (int tables : new int[] {60, 500}) {
            TestDatabase database = server.createDatabase();
            try (Connection connection = database.connect()) {
                build(connection, tables);
                SchemaSnapshot first = SchemaSnapshot.capture(connection);
                rows.add(row("capture, " + tables + " tables (" + first.objects().size() + " objects)", CAPTURES,
                        WARM_UP, () -> SchemaSnapshot.capture(connection)));
                SchemaSnapshot second = SchemaSnapshot.capture(connection);
                if (!SchemaDiff.between(first, second).isEmpty()) {
                    throw new IllegalStateException("two captures of the same schema differ");
                }
                rows.add(row("`SchemaDiff.between` two equal snapshots, " + tables + " tables", COMPARES,
                        COMPARE_WARM_UP, () -> SchemaDiff.between(first, second)));
            } finally {
                server.dropDatabase(database.name());
            }
        }
        System.out.println();
        System.out.println("PostgreSQL " + MAJOR + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", warm-up " + WARM_UP + " runs a row (compares: "
                + COMPARE_WARM_UP + ")");
        System.out.println();
        System.out.println("| what | runs | median | min | max |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    /** Tables t1..tN, each with an identity key, a foreign key to the previous one and an index; views, a trigger. */
    static void build(Connection connection, int tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        NEW.updated_at := now();
                        RETURN NEW;
                    END
                    $$""");
            for (int i = 1; i <= tables; i++) {
                statement.execute("CREATE TABLE t" + i + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "name text NOT NULL, amount numeric(12,2) DEFAULT 0, updated_at timestamptz DEFAULT now(), "
                        + "parent_id bigint" + (i > 1 ? " REFERENCES t" + (i - 1) + "(id)" : "") + ")");
                statement.execute("CREATE INDEX t" + i + "_name ON t" + i + " (name)");
                if (i % 10 == 0) {
                    statement.execute("CREATE VIEW v" + i + " AS SELECT id, name, amount FROM t" + i
                            + " WHERE amount > 0");
                    statement.execute("CREATE TRIGGER t" + i + "_touch BEFORE UPDATE ON t" + i
                            + " FOR EACH ROW EXECUTE FUNCTION touch_updated_at()");
                }
            }
        }
    }

    private interface Action {
        Object run() throws Exception;
    }

    private static String row(String what, int runs, int warmUp, Action action) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double median = runs % 2 == 1 ? millis.get(runs / 2) : (millis.get(runs / 2 - 1) + millis.get(runs / 2)) / 2;
        String line = String.format("| %s | %d | %.2f ms | %.2f ms | %.2f ms |", what, runs, median, millis.get(0),
                millis.get(runs - 1));
        System.out.println(line);
        return line;
    }
}
