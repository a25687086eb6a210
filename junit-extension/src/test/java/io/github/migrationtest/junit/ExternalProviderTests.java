package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.DatabaseNames;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.Provider;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The external provider, against a real server this test starts itself (an embedded PostgreSQL 15 plays the
 * team's shared server, with a database of its own that must survive).
 */
class ExternalProviderTests {

    private static PostgresServer shared;
    private static String url;

    @BeforeAll
    static void startTheExternalServer() throws SQLException {
        shared = PostgresServers.shared().server(ServerSpec.embedded(15));
        url = shared.jdbcUrl("postgres");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS team_data");
            statement.execute("CREATE DATABASE team_data");
        }
    }

    @AfterAll
    static void dropTeamData() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS team_data");
        }
    }

    @Test
    void autoChoosesTheExternalServerWhenAUrlIsSetAndDropsOnlyItsOwnDatabases() throws SQLException {
        ExternalTestCase.SEEN.clear();

        EngineExecutionResults results = EngineRuns.runExactly(ExternalTestCase.class, Map.of(
                MigrationTestConfig.EXTERNAL_URL, url, MigrationTestConfig.EXTERNAL_USER, "postgres"));

        EngineRuns.assertAllSucceeded(results, 2);
        assertThat(ExternalTestCase.SEEN).hasSize(2).allSatisfy(database -> {
            assertThat(database.name()).startsWith(DatabaseNames.PREFIX);
            assertThat(database.jdbcUrl()).isEqualTo(shared.jdbcUrl(database.name()));
        });
        assertThat(EngineRuns.databasesOn(15)).contains("team_data")
                .doesNotContainAnyElementsOf(ExternalTestCase.SEEN.stream().map(TestDatabase::name).toList());
    }

    @Test
    void aVersionTheExternalServerDoesNotRunIsAClearError() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(ExternalSeventeenTestCase.class, Map.of(
                MigrationTestConfig.EXTERNAL_URL, url, MigrationTestConfig.EXTERNAL_USER, "postgres")));

        assertThat(failure).hasMessageContaining("The external server at " + url + " runs PostgreSQL 15.")
                .hasMessageContaining("but PostgreSQL 17 was asked for. An external server serves only its own "
                        + "version: remove the version setting, or point migrationtest.external.url at a PostgreSQL "
                        + "17 server.");
    }

    @Test
    void anUnreachableServerNamesTheUrl() {
        String nowhere = "jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2";

        List<Throwable> failures = EngineRuns.failures(EngineRuns.runExactly(ExternalTestCase.class, Map.of(
                MigrationTestConfig.PROVIDER, Provider.EXTERNAL.id(), MigrationTestConfig.EXTERNAL_URL, nowhere)));

        // both tests fail with the same message: the failed start is remembered, not retried per test
        assertThat(failures).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .hasMessageStartingWith("Could not connect to " + nowhere + " as `postgres`: "));
    }

    @Test
    void theExternalProviderWithoutAUrlSaysWhichParameterToSet() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(ExternalTestCase.class, Map.of(
                MigrationTestConfig.PROVIDER, "external")));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("set migrationtest.external.url=jdbc:postgresql://host:5432/postgres");
    }

    @MigrationTest
    static class ExternalTestCase {
        static final List<TestDatabase> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void first(TestDatabase database) {
            SEEN.add(database);
        }

        @Test
        void second(TestDatabase database) {
            SEEN.add(database);
        }
    }

    @MigrationTest(postgres = "17")
    static class ExternalSeventeenTestCase {
        @Test
        void test(TestDatabase database) {
        }
    }
}
