package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class PostgresVersionsTests {

    @Test
    void eachTestRunsOncePerVersionWithTheVersionInTheDisplayName() {
        EngineExecutionResults results = EngineRuns.run(TwoVersionsTestCase.class);

        EngineRuns.assertAllSucceeded(results, 4);
        // every test reports the server major it saw, under the invocation named after that version
        assertThat(EngineRuns.majorsUnderInvocations(results)).containsExactlyInAnyOrder(
                "13 under PostgreSQL 13 (embedded)", "13 under PostgreSQL 13 (embedded)",
                "18 under PostgreSQL 18 (embedded)", "18 under PostgreSQL 18 (embedded)");
    }

    @Test
    void aMetaAnnotationInheritedFromASuperclassCarriesTheConfiguration() {
        EngineExecutionResults results = EngineRuns.run(InheritingTestCase.class);

        EngineRuns.assertAllSucceeded(results, 1);
        assertThat(EngineRuns.majorsUnderInvocations(results)).containsExactly("16 under PostgreSQL 16 (embedded)");
    }

    @Test
    void theConfigurationParameterListsVersionsWhenTheAnnotationDoesNot() {
        EngineExecutionResults results = EngineRuns.run(NoVersionTestCase.class, MigrationTestConfig.POSTGRES,
                "15, 16");

        EngineRuns.assertAllSucceeded(results, 2);
        assertThat(EngineRuns.majorsUnderInvocations(results)).containsExactlyInAnyOrder(
                "15 under PostgreSQL 15 (embedded)", "16 under PostgreSQL 16 (embedded)");
    }

    @Test
    void theAnnotationWinsOverTheParameterAndSeventeenIsTheDefault() {
        EngineExecutionResults annotated = EngineRuns.run(InheritingTestCase.class, MigrationTestConfig.POSTGRES,
                "15");
        EngineExecutionResults unconfigured = EngineRuns.run(NoVersionTestCase.class);

        assertThat(EngineRuns.majorsUnderInvocations(annotated)).containsExactly("16 under PostgreSQL 16 (embedded)");
        assertThat(EngineRuns.majorsUnderInvocations(unconfigured)).containsExactly("17 under PostgreSQL 17 (embedded)");
    }

    @MigrationTest(postgres = {"13", "18"})
    static class TwoVersionsTestCase {

        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
        }

        @Nested
        class Inner {
            @Test
            void nestedRuns(Connection connection, TestReporter reporter) throws SQLException {
                EngineRuns.reportMajor(connection, reporter);
            }
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @MigrationTest(postgres = "16")
    @interface OnSixteen {
    }

    @OnSixteen
    static class SixteenBase {
    }

    static class InheritingTestCase extends SixteenBase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
        }
    }

    @MigrationTest
    static class NoVersionTestCase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            EngineRuns.reportMajor(connection, reporter);
        }
    }
}
