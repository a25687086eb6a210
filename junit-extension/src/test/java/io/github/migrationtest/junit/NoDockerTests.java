package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Runs in its own surefire execution whose DOCKER_HOST points at a socket that does not exist, so Testcontainers
 * really finds no Docker engine, whatever the machine has.
 */
@Tag("no-docker")
class NoDockerTests {

    @BeforeAll
    static void noEngineListensOnTheDefaultSocket() {
        // Testcontainers falls back to /var/run/docker.sock whatever DOCKER_HOST says, so these tests need a machine
        // where nothing answers there (CI runs them before it starts Docker).
        Path socket = Path.of("/var/run/docker.sock");
        boolean answers = false;
        if (Files.exists(socket)) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                answers = channel.isConnected();
            } catch (IOException refused) {
                answers = false;
            }
        }
        assertThat(answers).as("a Docker engine answers on %s: stop it, or run with -Dmigrationtest.skipNoDocker=true",
                socket).isFalse();
    }

    @Test
    void autoFallsBackToEmbeddedWhenNoDockerAnswers() {
        EngineExecutionResults results = EngineRuns.runExactly(AnyProviderTestCase.class, Map.of());

        EngineRuns.assertAllSucceeded(results, 1);
        assertThat(EngineRuns.majorsUnderInvocations(results)).containsExactly("17 under PostgreSQL 17 (embedded)");
    }

    @Test
    void theTestcontainersProviderSaysDockerIsMissingAndWhatToDo() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(TestcontainersTestCase.class, Map.of()));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Could not provide PostgreSQL for " + TestcontainersTestCase.class.getName() + ". The "
                        + "testcontainers provider needs a Docker engine, but no Docker engine answered (DOCKER_HOST="
                        + System.getenv("DOCKER_HOST") + "). Start Docker (`docker info` must answer), or choose "
                        + "another provider: @MigrationTest(provider = Provider.EMBEDDED) or "
                        + "-Dmigrationtest.provider=embedded.");
    }

    @MigrationTest
    static class AnyProviderTestCase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
        }
    }

    @MigrationTest(provider = Provider.TESTCONTAINERS)
    static class TestcontainersTestCase {
        @Test
        void runs(Connection connection) {
        }
    }
}
