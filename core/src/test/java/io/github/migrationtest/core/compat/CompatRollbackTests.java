package io.github.migrationtest.core.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rollback direction, a corpus that fails at its own version, and a replay that leaves nothing behind. */
class CompatRollbackTests {

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void theNewVersionsQueriesAreReplayedAfterTheDown(int major) throws SQLException {
        PostgresServer server = CompatWalk.server(major);
        TestDatabase database = server.createDatabase();
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(CompatWalk.HISTORY))) {
            migrator.migrateTo("0010");
            QueryCorpus newVersion = QueryCorpus.load("classpath:compat/corpus-new/0010.sql", "0010");
            CorpusBaseline baseline = CorpusBaseline.capture(database, newVersion,
                    Optional.of(CompatWalk.ROLE));
            SchemaSnapshot up = CompatWalk.capture(database);

            migrator.down(migrator.step("0010"));
            SchemaDiff down = SchemaDiff.between(up, CompatWalk.capture(database));
            List<Finding> findings = CorpusReplayer.replay(database, baseline,
                    ReplayOptions.forStep("0010").asRole(CompatWalk.ROLE).explainedBy(down));

            assertThat(CompatWalk.ruleAndQuery(findings)).containsExactly("query-fails-to-prepare find_nickname",
                    "query-fails-to-prepare add_user");
            assertThat(findings.get(0).message()).startsWith("Query find_nickname (0010.sql:4, version 0010) fails "
                    + "to prepare after 0010: ERROR: column \"nickname\" does not exist (SQLState 42703).")
                    .contains("Because column users.nickname no longer exists: removed in 0010.");
        } finally {
            server.dropDatabase(database.name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void aQueryThatFailsAtItsOwnVersionIsRefusedWhenCapturingTheBaseline(int major) {
        PostgresServer server = CompatWalk.server(major);
        TestDatabase database = server.createDatabase();
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(CompatWalk.HISTORY))) {
            migrator.migrateTo("0001");
            // 0010's queries name full_name, which 0002 brings
            QueryCorpus tooNew = QueryCorpus.load("classpath:compat/corpus/0010.sql", "0001");

            assertThatThrownBy(() -> CorpusBaseline.capture(database, tooNew)).isInstanceOf(CorpusException.class)
                    .hasMessage("The query add_user (0010.sql:4) already fails at its own version 0001: ERROR: "
                            + "column \"full_name\" of relation \"users\" does not exist (SQLState "
                            + "42703). Fix the query or its params in the corpus, or capture the baseline on a "
                            + "database migrated to version 0001.");
        } finally {
            server.dropDatabase(database.name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void replayLeavesNoRowsAndNoPreparedStatementsAndRunsAsTheRole(int major) throws SQLException {
        PostgresServer server = CompatWalk.server(major);
        TestDatabase database = server.createDatabase();
        try (Migrator migrator = Migrator.open(database, MigrationSources.sql(CompatWalk.HISTORY))) {
            migrator.migrateTo("0006");
            QueryCorpus corpus = QueryCorpus.load("classpath:compat/corpus/0007.sql", "0006");
            CorpusBaseline baseline = CorpusBaseline.capture(database, corpus, Optional.of(CompatWalk.ROLE));

            // as the database's user the INSERT still works; as the application role it no longer does
            assertThat(CorpusReplayer.replay(database, baseline, ReplayOptions.forStep("0006"))).isEmpty();
            migrator.up(migrator.step("0007"));
            assertThat(CorpusReplayer.replay(database, baseline, ReplayOptions.forStep("0007"))).isEmpty();
            assertThat(CompatWalk.ruleAndQuery(CorpusReplayer.replay(database, baseline,
                    ReplayOptions.forStep("0007").asRole(CompatWalk.ROLE)))).containsExactly("query-fails log_event");
            // without a baseline the shape is not compared, the rest is the same
            assertThat(CompatWalk.ruleAndQuery(CorpusReplayer.replay(database, corpus,
                    ReplayOptions.forStep("0007").asRole(CompatWalk.ROLE)))).containsExactly("query-fails log_event");

            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM audit_log")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        } finally {
            server.dropDatabase(database.name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void rowLevelSecurityDenialsShowWhenExecutingAsTheApplicationRole(int major) throws SQLException {
        PostgresServer server = CompatWalk.server(major);
        TestDatabase database = server.createDatabase();
        try {
            execute(database, "DO $$ BEGIN CREATE ROLE " + CompatWalk.ROLE + "; EXCEPTION WHEN duplicate_object "
                    + "OR unique_violation THEN NULL; END $$; CREATE TABLE docs (id bigint GENERATED BY DEFAULT AS "
                    + "IDENTITY PRIMARY KEY, owner text NOT NULL); GRANT SELECT, INSERT ON docs TO "
                    + CompatWalk.ROLE);
            QueryCorpus corpus = QueryCorpus.of("1", List.of(new CorpusQuery("add_doc",
                    "INSERT INTO docs (owner) VALUES ($1)", List.of("'someone'"), List.of("text"), "inline:1")));
            CorpusBaseline baseline = CorpusBaseline.capture(database, corpus, Optional.of(CompatWalk.ROLE));
            SchemaSnapshot before = CompatWalk.capture(database);

            execute(database, "ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY own_docs ON docs "
                    + "USING (true) WITH CHECK (owner = current_user)");
            SchemaDiff diff = SchemaDiff.between(before, CompatWalk.capture(database));
            List<Finding> findings = CorpusReplayer.replay(database, baseline,
                    ReplayOptions.forStep("2").asRole(CompatWalk.ROLE).explainedBy(diff));

            assertThat(CompatWalk.ruleAndQuery(findings)).containsExactly("query-fails add_doc");
            assertThat(findings.get(0).message()).contains("new row violates row-level security policy")
                    .contains("(SQLState 42501). Because row-level security was enabled on docs in 2.");
            // the table's owner is not subject to the policy: only the role shows the denial
            assertThat(CorpusReplayer.replay(database, baseline, ReplayOptions.forStep("2"))).isEmpty();
        } finally {
            server.dropDatabase(database.name());
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
