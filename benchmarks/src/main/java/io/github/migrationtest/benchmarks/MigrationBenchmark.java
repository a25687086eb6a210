package io.github.migrationtest.benchmarks;

import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import org.flywaydb.core.Flyway;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryEnum;

/**
 * Medians of migrating a fresh database through a 100-step history: through each source, driven step by step by the
 * Migrator, and through raw JDBC (each step's statements in one transaction), the floor.
 */
public final class MigrationBenchmark {

    private static final int STEPS = 100;
    private static final int RUNS = Integer.getInteger("benchmark.migrationRuns", 7);

    private MigrationBenchmark() {
    }

    // Liquibase logs every changeset at INFO through java.util.logging
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    public static void main(String[] args) throws Exception {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));
        Path folder = Files.createTempDirectory("mt-bench-sql");
        List<String> scripts = history();
        for (int i = 0; i < scripts.size(); i++) {
            Files.writeString(folder.resolve(String.format("%04d_step_%d.up.sql", i + 1, i + 1)), scripts.get(i));
        }
        List<String> rows = new ArrayList<>();
        rows.add(row("raw JDBC (the floor)", server, database -> raw(database, scripts)));
        MigrationSource sql = MigrationSources.sql(folder.toString());
        rows.add(row("plain SQL folder, Migrator.migrateAll()", server, database -> {
            try (Migrator migrator = Migrator.open(database, sql)) {
                migrator.migrateAll();
            }
        }));
        Path flywayFolder = Files.createTempDirectory("mt-bench-flyway");
        for (int i = 0; i < scripts.size(); i++) {
            Files.writeString(flywayFolder.resolve("V" + (i + 1) + "__step_" + (i + 1) + ".sql"), scripts.get(i));
        }
        rows.add(row("Flyway migrate (the tool alone)", server, database -> Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("filesystem:" + flywayFolder).load().migrate()));
        MigrationSource flyway = MigrationSources.flyway("filesystem:" + flywayFolder);
        rows.add(row("Flyway locations, Migrator.migrateAll()", server, database -> {
            try (Migrator migrator = Migrator.open(database, flyway)) {
                migrator.migrateAll();
            }
        }));
        Path changelogFolder = Files.createTempDirectory("mt-bench-liquibase");
        StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
        for (int i = 0; i < scripts.size(); i++) {
            changelog.append("\n--changeset bench:").append(i + 1).append('\n').append(scripts.get(i));
        }
        Files.writeString(changelogFolder.resolve("changelog.sql"), changelog);
        rows.add(row("Liquibase update of all changesets (the tool alone)", server,
                database -> liquibaseUpdate(database, changelogFolder)));
        MigrationSource liquibase = MigrationSources.liquibase(changelogFolder.resolve("changelog.sql").toString());
        rows.add(row("Liquibase changelog, Migrator.migrateAll()", server, database -> {
            try (Migrator migrator = Migrator.open(database, liquibase)) {
                migrator.migrateAll();
            }
        }));
        rows.add(row("Liquibase changelog, Migrator.up() per step", server, database -> {
            try (Migrator migrator = Migrator.open(database, liquibase)) {
                for (var step : migrator.plan().steps()) {
                    migrator.up(step);
                }
            }
        }));
        System.out.println();
        System.out.println("Migrate-all of a " + STEPS + "-step history on PostgreSQL 17 (embedded, tmpfs), " + RUNS
                + " runs on fresh databases");
        System.out.println();
        System.out.println("| through | median | min | max |");
        System.out.println("| --- | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    /** A history like real ones: tables with identity keys and indexes, and columns added to earlier tables. */
    static List<String> history() {
        List<String> scripts = new ArrayList<>();
        for (int i = 1; i <= STEPS; i++) {
            if (i % 3 == 0) {
                scripts.add("ALTER TABLE t" + (i - 1) + " ADD COLUMN extra_" + i + " integer;\n"
                        + "COMMENT ON COLUMN t" + (i - 1) + ".extra_" + i + " IS 'added by step " + i + "';\n");
            } else {
                scripts.add("CREATE TABLE t" + i + " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                        + "    name text NOT NULL,\n    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
                        + "CREATE INDEX t" + i + "_name_idx ON t" + i + " (name);\n");
            }
        }
        return scripts;
    }

    private static void raw(TestDatabase database, List<String> scripts) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String script : scripts) {
                statement.execute(script);
                connection.commit();
            }
        }
    }

    // Liquibase's own update, in a scope with analytics off as the library runs it
    private static void liquibaseUpdate(TestDatabase database, Path folder) throws Exception {
        try (Connection connection = database.connect()) {
            Database target = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE,
                    Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder.toFile()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.sql")
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, target)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
        }
    }

    interface Work {
        void run(TestDatabase database) throws Exception;
    }

    private static String row(String what, PostgresServer server, Work work) throws Exception {
        TestDatabase warmUp = server.createDatabase();
        work.run(warmUp);
        server.dropDatabase(warmUp.name());
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            TestDatabase database = server.createDatabase();
            long start = System.nanoTime();
            work.run(database);
            millis.add((System.nanoTime() - start) / 1e6);
            server.dropDatabase(database.name());
        }
        Collections.sort(millis);
        String line = String.format("| %s | %.0f ms | %.0f ms | %.0f ms |", what, millis.get(RUNS / 2), millis.get(0),
                millis.get(RUNS - 1));
        System.out.println(line);
        return line;
    }
}
