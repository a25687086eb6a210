package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks the compat history on one major: before each step, the baseline of that step's corpus (the queries of the
 * version just before it) is captured as the application role; after it, the corpus is replayed and the static
 * rules run. Results are cached per major.
 */
final class CompatWalk {

    static final String HISTORY = "classpath:compat/history";
    static final String ROLE = "mt_compat_app";

    private static final Map<Integer, Map<String, Result>> CACHE = new ConcurrentHashMap<>();

    /** One step's findings. */
    record Result(List<Finding> replayed, List<Finding> detected) {
    }

    private CompatWalk() {
    }

    static PostgresServer server(int major) {
        return PostgresServers.shared().server(ServerSpec.embedded(major));
    }

    static synchronized Map<String, Result> results(int major) {
        return CACHE.computeIfAbsent(major, CompatWalk::walk);
    }

    private static Map<String, Result> walk(int major) {
        PostgresServer server = server(major);
        TestDatabase database = server.createDatabase();
        MigrationSource source = MigrationSources.sql(HISTORY);
        try (Migrator migrator = Migrator.open(database, source)) {
            migrator.migrateTo("0001");
            Map<String, Result> results = new LinkedHashMap<>();
            for (MigrationStep step : migrator.pending()) {
                QueryCorpus corpus = QueryCorpus.load("classpath:compat/corpus/" + step.version() + ".sql",
                        migrator.current().orElseThrow().version());
                CorpusBaseline baseline = CorpusBaseline.capture(database, corpus, Optional.of(ROLE));
                SchemaSnapshot before = capture(database);
                migrator.up(step);
                SchemaSnapshot after = capture(database);
                List<Finding> replayed = CorpusReplayer.replay(database, baseline, ReplayOptions
                        .forStep(step.version()).asRole(ROLE).explainedBy(SchemaDiff.between(before, after)));
                results.put(step.version(), new Result(replayed,
                        BreakingChanges.findings(before, after, step.version())));
            }
            return results;
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            server.dropDatabase(database.name());
        }
    }

    static SchemaSnapshot capture(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.capture(connection);
        }
    }

    /** {@code rule query} for each replay finding: the query's name is the message's second word. */
    static List<String> ruleAndQuery(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.message().split(" ")[1]).toList();
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
