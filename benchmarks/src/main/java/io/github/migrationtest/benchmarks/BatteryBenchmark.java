package io.github.migrationtest.benchmarks;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.MigrationVerifier;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationListener;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The battery against its floor on a 100-step plain SQL history where every step is reversible. The floor F is the
 * Migrator running each step's up, down and up once on a fresh database, nothing compared; the battery B is
 * {@link MigrationVerifier#verifyAll} with the default options (3 synthesized rows per table), then with synthesis
 * off. Each is the median of several runs, interleaved, after one warm-up that is not counted; the phase totals are
 * those of the median battery run. Prints Markdown tables for docs/performance.md.
 */
public final class BatteryBenchmark {

    private static final int MAJOR = Integer.getInteger("benchmark.major", 17);
    private static final int RUNS = Integer.getInteger("benchmark.batteryRuns", 5);
    /** Steps per cycle of {@link #history()}; 10 cycles make the 100 steps. */
    private static final int CYCLE = 10;
    private static final int CYCLES = 10;

    private BatteryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(MAJOR));
        Path folder = Files.createTempDirectory("mt-bench-battery");
        List<String[]> steps = history();
        for (int i = 0; i < steps.size(); i++) {
            String name = String.format("%04d_%s", i + 1, steps.get(i)[0]);
            Files.writeString(folder.resolve(name + ".up.sql"), steps.get(i)[1]);
            Files.writeString(folder.resolve(name + ".down.sql"), steps.get(i)[2]);
        }
        MigrationSource source = MigrationSources.sql(folder.toString());

        List<Work> works = List.of(() -> floor(server, source), () -> raw(server, steps),
                // the reversibility + data battery of issue 5, then the same without synthesis, then with lock-safe too
                () -> battery(server, source, VerificationOptions.DEFAULTS.withLockSafety(false)),
                () -> battery(server, source, VerificationOptions.DEFAULTS.withLockSafety(false).withRowsPerTable(0)),
                () -> battery(server, source, VerificationOptions.DEFAULTS));
        List<Run> runs = interleaved(works);
        Run floor = runs.get(0);
        Run raw = runs.get(1);
        Run battery = runs.get(2);
        Run bare = runs.get(3);
        Run locks = runs.get(4);

        System.out.println();
        System.out.println("Battery over a " + steps.size() + "-step plain SQL history, PostgreSQL " + MAJOR
                + " (embedded, tmpfs), " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", median of " + RUNS
                + " interleaved runs after 1 warm-up");
        System.out.println();
        System.out.println("| what | median | min | max | × F |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        System.out.println(floor.row("F: Migrator up, down, up per step (the floor)", floor.median));
        System.out.println(raw.row("raw JDBC: up, down, up scripts per step, one connection", floor.median));
        System.out.println(battery.row("B: `verifyAll`, reversibility + data (3 synthesized rows per table, "
                + "`withLockSafety(false)`)", floor.median));
        System.out.println(bare.row("B: the same, synthesis off (`withRowsPerTable(0)`)", floor.median));
        System.out.println(locks.row("B: `verifyAll`, defaults (lock-safe too: every up traced)", floor.median));
        for (Run run : List.of(battery, bare, locks)) {
            System.out.println();
            System.out.println("Phases of the median B run, " + (run == battery ? "reversibility + data"
                    : run == bare ? "synthesis off" : "defaults with lock-safe")
                    + " (sum over steps; total " + ms(run.median) + "):");
            System.out.println();
            System.out.println("| phase | total | × F | share of B |");
            System.out.println("| --- | ---: | ---: | ---: |");
            double timed = 0;
            for (Map.Entry<String, Double> phase : run.phases.entrySet()) {
                timed += phase.getValue();
                System.out.println(String.format("| %s | %s | %.2f | %.0f %% |", phase.getKey(),
                        ms(phase.getValue()), phase.getValue() / floor.median, 100 * phase.getValue() / run.median));
            }
            double rest = run.median - timed;
            System.out.println(String.format("| not in a phase (start, plan, per-step bookkeeping, drop) | %s | %.2f "
                    + "| %.0f %% |", ms(rest), rest / floor.median, 100 * rest / run.median));
        }
    }

    /** One timed run: its duration and, for the battery, the phase totals over its steps. */
    private record Sample(double millis, Map<String, Double> phases) {
    }

    private record Run(double median, double min, double max, Map<String, Double> phases) {

        String row(String what, double floor) {
            return String.format("| %s | %s | %s | %s | %.2f |", what, ms(median), ms(min), ms(max), median / floor);
        }
    }

    private interface Work {
        Sample run() throws Exception;
    }

    /**
     * One warm-up of each (class loading, JIT, the server's catalog caches), then rounds of one run of each in turn,
     * so that load from other processes on the shared machine falls on all of them alike.
     */
    private static List<Run> interleaved(List<Work> works) throws Exception {
        List<List<Sample>> samples = new ArrayList<>();
        for (Work work : works) {
            work.run();
            samples.add(new ArrayList<>());
        }
        for (int i = 0; i < RUNS; i++) {
            for (int w = 0; w < works.size(); w++) {
                samples.get(w).add(works.get(w).run());
            }
        }
        List<Run> runs = new ArrayList<>();
        for (List<Sample> list : samples) {
            list.sort((a, b) -> Double.compare(a.millis, b.millis));
            Sample middle = list.get(RUNS / 2);
            runs.add(new Run(middle.millis, list.get(0).millis, list.get(RUNS - 1).millis, middle.phases));
        }
        return runs;
    }

    /** The floor: what any per-step check must at least run, with nothing captured or compared. */
    private static Sample floor(PostgresServer server, MigrationSource source) {
        TestDatabase database = server.createDatabase();
        try {
            long start = System.nanoTime();
            try (Migrator migrator = Migrator.open(database, source)) {
                for (MigrationStep step : migrator.plan().steps()) {
                    migrator.up(step);
                    migrator.down(step);
                    migrator.up(step);
                }
            }
            return new Sample((System.nanoTime() - start) / 1e6, Map.of());
        } finally {
            server.dropDatabase(database.name());
        }
    }

    // the same scripts with no Migrator: no history table, no connection per down, no statement splitting
    private static Sample raw(PostgresServer server, List<String[]> steps) throws SQLException {
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (String[] step : steps) {
                for (String script : List.of(step[1], step[2], step[1])) {
                    statement.execute(script);
                    connection.commit();
                }
            }
            return new Sample((System.nanoTime() - start) / 1e6, Map.of());
        } finally {
            server.dropDatabase(database.name());
        }
    }

    // timed from start (which creates the battery's database) to close (which drops it), as a test pays it
    private static Sample battery(PostgresServer server, MigrationSource source, VerificationOptions options) {
        long start = System.nanoTime();
        VerificationReport report;
        try (MigrationVerifier verifier = MigrationVerifier.start(server, source, MigrationSettings.defaults(),
                options)) {
            report = verifier.verifyAll("BatteryBenchmark", VerificationListener.NONE);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        // the benchmark measures the passing path: a finding means the history or the battery is wrong. The history
        // is not written zero-downtime, so with lock safety on its lock findings are expected and only timed.
        List<Finding> findings = report.findings().stream()
                .filter(finding -> !options.lockSafety() || finding.category() != Category.LOCK).toList();
        if (!findings.isEmpty() || !report.unfillableTables().isEmpty()) {
            throw new IllegalStateException("expected no findings, got " + findings + ", unfillable "
                    + report.unfillableTables());
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        for (StepResult step : report.steps()) {
            step.timings().forEach((phase, duration) -> phases.merge(phase, toMillis(duration), Double::sum));
        }
        return new Sample(millis, phases);
    }

    /**
     * Ten cycles of ten steps, each cycle on two new tables {@code aN} and {@code bN}: create table (identity key,
     * foreign key to the previous cycle's table, unique, check, default), a child table, add column with a default,
     * create index, add constraint, create view, function and trigger, rename column, comments, a last add column
     * with a check. Each entry is name, up, down; every down restores exactly what its up changed.
     */
    static List<String[]> history() {
        List<String[]> steps = new ArrayList<>();
        for (int c = 0; c < CYCLES; c++) {
            String a = "a" + c;
            String b = "b" + c;
            String parent = c == 0 ? "" : ",\n    parent_id bigint REFERENCES a" + (c - 1) + " (id)";
            steps.add(step("create_" + a, "CREATE TABLE " + a + " (\n"
                    + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "    code text NOT NULL UNIQUE,\n"
                    + "    qty integer NOT NULL DEFAULT 0 CHECK (qty >= 0),\n"
                    + "    created_at timestamptz NOT NULL DEFAULT now()" + parent + "\n);\n",
                    "DROP TABLE " + a + ";\n"));
            steps.add(step("create_" + b, "CREATE TABLE " + b + " (\n"
                    + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "    a_id bigint NOT NULL REFERENCES " + a + " (id) ON DELETE CASCADE,\n"
                    + "    label text NOT NULL,\n"
                    + "    amount numeric(12,2),\n"
                    + "    UNIQUE (a_id, label)\n);\n",
                    "DROP TABLE " + b + ";\n"));
            steps.add(step("add_status_" + a, "ALTER TABLE " + a + " ADD COLUMN status text NOT NULL DEFAULT 'new';\n",
                    "ALTER TABLE " + a + " DROP COLUMN status;\n"));
            steps.add(step("index_" + b, "CREATE INDEX " + b + "_label_idx ON " + b + " (label);\n",
                    "DROP INDEX " + b + "_label_idx;\n"));
            steps.add(step("status_check_" + a, "ALTER TABLE " + a + " ADD CONSTRAINT " + a + "_status_known "
                    + "CHECK (status IN ('new', 'active', 'closed'));\n",
                    "ALTER TABLE " + a + " DROP CONSTRAINT " + a + "_status_known;\n"));
            steps.add(step("view_" + a, "CREATE VIEW " + a + "_totals AS\n"
                    + "SELECT a.id, a.code, count(b.id) AS items, coalesce(sum(b.amount), 0) AS total\n"
                    + "FROM " + a + " a LEFT JOIN " + b + " b ON b.a_id = a.id\nGROUP BY a.id, a.code;\n",
                    "DROP VIEW " + a + "_totals;\n"));
            steps.add(step("touch_" + b, "ALTER TABLE " + b + " ADD COLUMN updated_at timestamptz;\n"
                    + "CREATE FUNCTION " + b + "_touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                    + "BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n$$;\n"
                    + "CREATE TRIGGER " + b + "_touch BEFORE UPDATE ON " + b + "\n"
                    + "    FOR EACH ROW EXECUTE FUNCTION " + b + "_touch();\n",
                    "DROP TRIGGER " + b + "_touch ON " + b + ";\nDROP FUNCTION " + b + "_touch();\n"
                            + "ALTER TABLE " + b + " DROP COLUMN updated_at;\n"));
            steps.add(step("rename_" + b + "_label", "ALTER TABLE " + b + " RENAME COLUMN label TO title;\n",
                    "ALTER TABLE " + b + " RENAME COLUMN title TO label;\n"));
            steps.add(step("comment_" + a, "COMMENT ON TABLE " + a + " IS 'cycle " + c + " parent rows';\n"
                    + "COMMENT ON COLUMN " + a + ".status IS 'new, active or closed';\n",
                    "COMMENT ON COLUMN " + a + ".status IS NULL;\nCOMMENT ON TABLE " + a + " IS NULL;\n"));
            steps.add(step("add_active_" + b, "ALTER TABLE " + b + " ADD COLUMN active boolean NOT NULL DEFAULT true;\n"
                    + "ALTER TABLE " + b + " ADD CONSTRAINT " + b + "_amount_positive CHECK (amount >= 0);\n",
                    "ALTER TABLE " + b + " DROP CONSTRAINT " + b + "_amount_positive;\n"
                            + "ALTER TABLE " + b + " DROP COLUMN active;\n"));
        }
        if (steps.size() != CYCLE * CYCLES) {
            throw new IllegalStateException("history has " + steps.size() + " steps");
        }
        return steps;
    }

    private static String[] step(String name, String up, String down) {
        return new String[] {name, up, down};
    }

    private static double toMillis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static String ms(double millis) {
        return String.format("%.0f ms", millis);
    }
}
