package io.github.migrationtest.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pg_dump --schema-only} as an independent oracle for {@link SchemaSnapshot} and {@link SchemaDiff}, on the
 * plain SQL example history: for every step, the states before and after its up, after its up and after its down,
 * and before its up and after its down. Whenever pg_dump's outputs for two states differ the diff must not be empty,
 * and whenever they are equal it must be empty.
 *
 * <p>The history is read from {@code ../examples/plain-sql/src/test/resources/db/migrations} (surefire runs in
 * {@code core/}), not copied, so the oracle always checks the examples as they are and cannot drift from them.
 *
 * <p>Owners and privileges are kept in the dump (no {@code --no-owner}, no {@code --no-privileges}) because the
 * snapshot compares owners and grants. Only comment lines, {@code SET} / {@code SELECT pg_catalog.set_config} lines,
 * the random-keyed restrict / unrestrict meta-command lines of pg_dump 15.14+ and blank lines are stripped; the
 * history table is excluded from both sides ({@code --exclude-table} here,
 * {@link SchemaSnapshot#HISTORY_TABLES} in the snapshot). pg_dump only dumps servers up to its own major: Debian's
 * {@code pg_dump} 15 serves 13 and 15, and Debian sid's {@code pg_dump} 18, installed by
 * {@code .ci/install-pg-dump-18.sh}, serves 18, whose catalogs differ most (NOT NULL constraints).
 */
class SchemaPgDumpCrossCheckTests {

    private static final Path HISTORY = Path.of("../examples/plain-sql/src/test/resources/db/migrations");
    private static final String HISTORY_TABLE = "migrationtest_schema_history";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 15, 18})
    void snapshotDiffAgreesWithPgDumpOnTheExampleHistory(int major) throws Exception {
        String pgDump = pgDump(major);
        assertThat(HISTORY).as("the example history, read relative to core/").isDirectory();
        PostgresServer server = SchemaFixtures.server(major);
        TestDatabase database = server.createDatabase();
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        int differing = 0;
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(HISTORY.toString()))) {
            List<MigrationStep> steps = migrator.plan().steps();
            assertThat(steps).hasSize(12);
            State before = State.of(pgDump, database);
            for (MigrationStep step : steps) {
                migrator.up(step);
                State afterUp = State.of(pgDump, database);
                assertThat(afterUp.dump()).as("the history table is excluded").doesNotContain(HISTORY_TABLE)
                        .contains("CREATE");
                migrator.down(step);
                State afterDown = State.of(pgDump, database);
                differing += check(failures, step.version() + " up", before, afterUp);
                differing += check(failures, step.version() + " down", afterUp, afterDown);
                differing += check(failures, step.version() + " up+down vs before", before, afterDown);
                pairs += 3;
                migrator.up(step);
                before = State.of(pgDump, database);
            }
        } finally {
            server.dropDatabase(database.name());
        }
        assertThat(failures).as("pairs where pg_dump and SchemaDiff disagree, of %d pairs", pairs).isEmpty();
        // every up changes something pg_dump sees, so the oracle really compared different states
        assertThat(differing).isGreaterThanOrEqualTo(24);
    }

    /** Adds a failure when the oracle and the diff disagree; returns 1 if pg_dump saw a difference. */
    private static int check(List<String> failures, String pair, State a, State b) {
        boolean dumpDiffers = !a.dump().equals(b.dump());
        SchemaDiff diff = SchemaDiff.between(a.snapshot(), b.snapshot());
        if (dumpDiffers && diff.isEmpty()) {
            failures.add(pair + ": pg_dump differs, SchemaDiff is empty; pg_dump lines:\n"
                    + lineDiff(a.dump(), b.dump()));
        } else if (!dumpDiffers && !diff.isEmpty()) {
            failures.add(pair + ": pg_dump is equal, SchemaDiff is not:\n" + diff);
        }
        return dumpDiffers ? 1 : 0;
    }

    private static String lineDiff(String a, String b) {
        List<String> left = a.lines().toList();
        List<String> right = b.lines().toList();
        String removed = left.stream().filter(l -> !right.contains(l)).map(l -> "- " + l)
                .collect(Collectors.joining("\n"));
        String added = right.stream().filter(l -> !left.contains(l)).map(l -> "+ " + l)
                .collect(Collectors.joining("\n"));
        return removed + "\n" + added + (removed.isEmpty() && added.isEmpty() ? "(same lines, other order)" : "");
    }

    private record State(String dump, SchemaSnapshot snapshot) {

        static State of(String pgDump, TestDatabase database) throws Exception {
            return new State(pgDumpOf(pgDump, database), SchemaFixtures.capture(database));
        }
    }

    private static String pgDump(int major) {
        if (major >= 16) {
            Path installed = Path.of(System.getProperty("migrationtest.pg-dump-18", "/opt/migrationtest/pg_dump-18"),
                    "pg_dump");
            return Files.isExecutable(installed) ? installed.toString()
                    : fail("pg_dump 18 not found at " + installed + ": run .ci/install-pg-dump-18.sh (it unpacks "
                            + "Debian sid's postgresql-client-18 there; .ci/run does this), or point "
                            + "-Dmigrationtest.pg-dump-18 at a folder holding a pg_dump 18");
        }
        for (String candidate : List.of("/usr/lib/postgresql/15/bin/pg_dump", "/usr/bin/pg_dump")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return fail("pg_dump (15) not found: install postgresql-client (apt-get install postgresql-client); "
                + ".ci/run installs it when `command -v pg_dump` fails");
    }

    /** {@code pg_dump --schema-only} of the database, normalized. */
    static String pgDumpOf(String pgDump, TestDatabase database) throws IOException, InterruptedException {
        URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(pgDump, "--schema-only",
                "--exclude-table=*." + HISTORY_TABLE + "*",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", database.user(), database.name());
        builder.environment().put("PGPASSWORD", database.password());
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        builder.redirectErrorStream(false);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_dump failed for " + database + ": " + err);
        }
        return new String(out, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank())
                .filter(line -> !line.startsWith("--"))
                .filter(line -> !line.startsWith("SET "))
                .filter(line -> !line.startsWith("SELECT pg_catalog.set_config("))
                // pg_dump 15.14+ brackets the script with restrict / unrestrict meta-commands, a new key each run
                .filter(line -> !line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict "))
                .collect(Collectors.joining("\n"));
    }
}
