package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.Provider;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.internal.TestcontainersPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.testcontainers.DockerClientFactory;

/** Needs a Docker engine with postgres images; CI starts one and runs these with -Pdocker. */
@Tag("docker")
@Isolated("stops every server of the JVM to prove the containers go away")
class TestcontainersProviderTests {

    @Test
    void autoChoosesDockerAndEachVersionRunsInItsOwnContainerWithDataOnTmpfs() {
        EngineExecutionResults results = EngineRuns.runExactly(TwoVersionsTestCase.class, Map.of());

        EngineRuns.assertAllSucceeded(results, 2);
        assertThat(EngineRuns.majorsUnderInvocations(results)).containsExactlyInAnyOrder(
                "13 under PostgreSQL 13 (testcontainers postgres:13)",
                "18 under PostgreSQL 18 (testcontainers postgres:18)");
    }

    @Test
    void theImageCanBeOverriddenByAttributeOrParameter() {
        EngineExecutionResults byAttribute = EngineRuns.runExactly(AlpineTestCase.class, Map.of());
        EngineExecutionResults byParameter = EngineRuns.runExactly(TwoVersionsTestCase.class, Map.of(
                MigrationTestConfig.TESTCONTAINERS_IMAGE, "postgres:{major}-alpine",
                MigrationTestConfig.POSTGRES, "17"));

        assertThat(EngineRuns.majorsUnderInvocations(byAttribute))
                .containsExactly("17 under PostgreSQL 17 (testcontainers postgres:17-alpine)");
        // the annotation's versions win over the parameter's; the image comes from the parameter
        assertThat(EngineRuns.majorsUnderInvocations(byParameter)).containsExactlyInAnyOrder(
                "13 under PostgreSQL 13 (testcontainers postgres:13-alpine)",
                "18 under PostgreSQL 18 (testcontainers postgres:18-alpine)");
    }

    @Test
    void stoppingTheServersRemovesTheirContainers() {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.testcontainers(17, null));
        String id = ((TestcontainersPostgresServer) server).containerId();
        assertThat(containerIds()).contains(id);

        PostgresServers.shared().closeAll();

        assertThat(containerIds()).doesNotContain(id);
    }

    private static List<String> containerIds() {
        return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true).exec().stream()
                .map(container -> container.getId()).toList();
    }

    @MigrationTest(postgres = {"13", "18"})
    static class TwoVersionsTestCase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT current_setting('data_directory'), "
                            + "current_setting('fsync'), current_setting('full_page_writes')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("/pgtmpfs/data");
                assertThat(rs.getString(2)).isEqualTo("off");
                assertThat(rs.getString(3)).isEqualTo("off");
            }
        }
    }

    @MigrationTest(provider = Provider.TESTCONTAINERS, image = "postgres:{major}-alpine")
    static class AlpineTestCase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
        }
    }
}
