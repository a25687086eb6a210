package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.Provider;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Every misconfiguration fails the class with a message naming the attribute or parameter and the fix. */
class ConfigurationErrorTests {

    @Nested
    class Attributes {

        @Test
        void anUnsupportedVersionListsTheSupportedOnes() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(UnsupportedVersionTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@MigrationTest(postgres = \"12\") on " + UnsupportedVersionTestCase.class.getName()
                            + ": PostgreSQL \"12\" is not supported. Supported versions: [13, 14, 15, 16, 17, 18].");
        }

        @Test
        void aVersionThatIsNotANumber() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(GarbageVersionTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@MigrationTest(postgres = {\"17\", \"latest\"}) on "
                            + GarbageVersionTestCase.class.getName() + ": PostgreSQL \"latest\" is not a PostgreSQL "
                            + "major version. Supported versions: [13, 14, 15, 16, 17, 18].");
        }

        @Test
        void aVersionListedTwice() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(DuplicateVersionTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageContaining("PostgreSQL \"17.2\" is listed twice.");
        }

        @Test
        void anImageWithTheEmbeddedProvider() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(ImageOnEmbeddedTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@MigrationTest(image = \"postgres:17-alpine\") on "
                            + ImageOnEmbeddedTestCase.class.getName() + ": `image` only applies to the testcontainers "
                            + "provider, but `provider` is EMBEDDED. Remove `image`, or use provider = "
                            + "Provider.TESTCONTAINERS or Provider.AUTO.");
        }

        @Test
        void severalVersionsOnOneExternalServer() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(ExternalTwoVersionsTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@MigrationTest(postgres = {\"15\", \"18\"}) on "
                            + ExternalTwoVersionsTestCase.class.getName() + ": an external server serves only its own "
                            + "version, so at most one version can be asked for with provider = EXTERNAL. Use the "
                            + "embedded or testcontainers provider to test several versions.");
        }

        @Test
        void theExternalProviderWithoutAUrl() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(ExternalNoUrlTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Could not provide PostgreSQL for " + ExternalNoUrlTestCase.class.getName() + ". The "
                            + "external provider needs a JDBC URL: set migrationtest.external.url=jdbc:postgresql://"
                            + "host:5432/postgres (and migrationtest.external.user / migrationtest.external.password) "
                            + "as a system property or in junit-platform.properties.");
        }
    }

    @Nested
    class Parameters {

        @Test
        void anUnknownProvider() {
            assertThat(EngineRuns.singleFailure(EngineRuns.runExactly(PlainTestCase.class,
                    Map.of(MigrationTestConfig.PROVIDER, "docker"))))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter `migrationtest.provider` = \"docker\" is not a provider. "
                            + "Use one of: auto, embedded, testcontainers, external. Set it as a system property "
                            + "(-Dmigrationtest.provider=...) or in junit-platform.properties.");
        }

        @Test
        void anUnsupportedVersion() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(PlainTestCase.class, MigrationTestConfig.POSTGRES,
                    "17,11")))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter `migrationtest.postgres` = \"17,11\" lists \"11\", which is "
                            + "not supported. Supported versions: [13, 14, 15, 16, 17, 18]. Set it as a system "
                            + "property (-Dmigrationtest.postgres=...) or in junit-platform.properties.");
        }

        @Test
        void anUnknownKeepPolicy() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(PlainTestCase.class,
                    MigrationTestConfig.KEEP_DATABASE, "sometimes")))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("Configuration parameter `migrationtest.keep-database` = \"sometimes\" is "
                            + "not a keep policy. Use one of: never, on_failure, always.");
        }

        @Test
        void anExternalUrlThatIsNotJdbc() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(PlainTestCase.class,
                    MigrationTestConfig.EXTERNAL_URL, "postgres://localhost/db")))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter `migrationtest.external.url` must be a PostgreSQL JDBC URL "
                            + "such as jdbc:postgresql://localhost:5432/postgres, but is: postgres://localhost/db");
        }
    }

    @Nested
    class Usage {

        @Test
        void aDatabaseInBeforeAllIsRefusedWithTheReason() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(BeforeAllTestCase.class)))
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessageStartingWith("@MigrationTest gives each test method its own database, so a "
                            + "TestDatabase can only be injected into @Test, @BeforeEach and @AfterEach methods, not "
                            + "into ");
        }

        @Test
        void theExtensionRegisteredWithoutTheAnnotation() {
            assertThat(EngineRuns.singleFailure(EngineRuns.run(BareExtensionTestCase.class)))
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessage("No PostgreSQL server is configured for " + BareExtensionTestCase.class.getName()
                            + ". Annotate the class with @MigrationTest rather than registering "
                            + "MigrationTestExtension with @ExtendWith.");
        }
    }

    @MigrationTest(postgres = "12")
    static class UnsupportedVersionTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest(postgres = {"17", "latest"})
    static class GarbageVersionTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest(postgres = {"17", "17.2"})
    static class DuplicateVersionTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest(provider = Provider.EMBEDDED, image = "postgres:17-alpine")
    static class ImageOnEmbeddedTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest(provider = Provider.EXTERNAL, postgres = {"15", "18"})
    static class ExternalTwoVersionsTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest(provider = Provider.EXTERNAL)
    static class ExternalNoUrlTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest
    static class PlainTestCase {
        @Test
        void test() {
        }
    }

    @MigrationTest
    static class BeforeAllTestCase {
        @BeforeAll
        static void setUp(TestDatabase database) {
        }

        @Test
        void test() {
        }
    }

    @ExtendWith(MigrationTestExtension.class)
    static class BareExtensionTestCase {
        @Test
        void test(TestDatabase database) {
        }
    }
}
