package io.github.migrationtest.benchmarks;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.postgres.internal.DataRoot;
import io.github.migrationtest.core.postgres.internal.EmbeddedBinaries;
import io.github.migrationtest.core.postgres.internal.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Medians of the provisioning costs that every test pays: server start (first run, warm) and a database from an
 * empty and from a 60-table template, on tmpfs and on disk. Prints a Markdown table for docs/performance.md.
 */
public final class ProvisioningBenchmark {

    private static final int MAJOR = Integer.getInteger("benchmark.major", 17);
    private static final int COLD_STARTS = Integer.getInteger("benchmark.coldStarts", 5);
    private static final int WARM_STARTS = Integer.getInteger("benchmark.warmStarts", 15);
    private static final int CLONES = Integer.getInteger("benchmark.clones", 60);

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedBinaries.jarFor(MAJOR); // downloads are not part of any measurement
        List<String> rows = new ArrayList<>();
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path disk = Files.createTempDirectory(target, "bench-disk");
        List<String> places = Boolean.parseBoolean(System.getProperty("benchmark.disk", "true"))
                ? List.of("tmpfs", "disk") : List.of("tmpfs");
        for (String where : places) {
            if (where.equals("disk")) {
                System.setProperty(DataRoot.PROPERTY, disk.toString());
            }
            Path root = DataRoot.get();
            rows.add(row(where, "server start, first run (initdb + start)", COLD_STARTS, () -> {
                deleteClusterCache(root);
                return startAndStop();
            }));
            rows.add(row(where, "server start, warm (cached cluster copied + start)", WARM_STARTS,
                    ProvisioningBenchmark::startAndStop));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(ServerSpec.embedded(MAJOR));
            try {
                String empty = server.template("bench-empty", database -> { });
                String sixty = server.template("bench-60-tables", ProvisioningBenchmark::sixtyTables);
                rows.add(row(where, "database from an empty template", CLONES, () -> clone(server, empty)));
                rows.add(row(where, "database from a 60-table template", CLONES, () -> clone(server, sixty)));
            } finally {
                server.close();
            }
        }
        System.clearProperty(DataRoot.PROPERTY);
        deleteTree(disk);
        System.out.println();
        System.out.println("PostgreSQL " + MAJOR + " (binaries " + EmbeddedBinaries.VERSIONS.get(MAJOR) + "), "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        System.out.println();
        System.out.println("| data on | what | runs | median | min | max |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    // Timed until the server answers; stopping it is cleanup.
    private static Runnable startAndStop() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(ServerSpec.embedded(MAJOR));
        return server::close;
    }

    // Timed until the database exists; dropping it is cleanup.
    private static Runnable clone(PostgresServer server, String template) {
        TestDatabase database = server.createDatabase(template);
        return () -> server.dropDatabase(database.name());
    }

    private static void sixtyTables(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (int i = 1; i <= 60; i++) {
                statement.execute("CREATE TABLE t" + i + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "name text NOT NULL, amount numeric(12,2) DEFAULT 0, created_at timestamptz DEFAULT now(), "
                        + "parent_id bigint" + (i > 1 ? " REFERENCES t" + (i - 1) + "(id)" : "") + ")");
                statement.execute("CREATE INDEX t" + i + "_name ON t" + i + " (name)");
                statement.execute("INSERT INTO t" + i + " (name) SELECT 'row ' || g FROM generate_series(1, 20) g");
            }
        }
    }

    private static void deleteClusterCache(Path root) throws IOException {
        deleteTree(root.resolve("clusters").resolve(EmbeddedBinaries.VERSIONS.get(MAJOR)));
    }

    private static void deleteTree(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> paths = Files.walk(tree)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private interface Action {
        /** Does the measured work and returns the cleanup, which is not measured. */
        Runnable run() throws Exception;
    }

    private static String row(String where, String what, int runs, Action action) throws Exception {
        action.run().run(); // warm-up, not counted
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Runnable cleanup = action.run();
            millis.add((System.nanoTime() - start) / 1e6);
            cleanup.run();
        }
        Collections.sort(millis);
        double median = runs % 2 == 1 ? millis.get(runs / 2) : (millis.get(runs / 2 - 1) + millis.get(runs / 2)) / 2;
        String line = String.format("| %s | %s | %d | %.1f ms | %.1f ms | %.1f ms |", where, what, runs, median,
                millis.get(0), millis.get(runs - 1));
        System.out.println(line);
        return line;
    }
}
