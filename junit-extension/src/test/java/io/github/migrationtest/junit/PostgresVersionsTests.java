package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class PostgresVersionsTests {

    @Test
    void eachTestRunsOncePerVersionWithTheVersionInTheDisplayName() {
        EngineExecutionResults results = EngineRuns.run(TwoVersionsTestCase.class);

        EngineRuns.assertAllSucceeded(results, 4);
        // every test reports the server major it saw, under the invocation named after that version
        assertThat(majorsUnderInvocations(results)).containsExactlyInAnyOrder(
                "13 under PostgreSQL 13 (embedded)", "13 under PostgreSQL 13 (embedded)",
                "18 under PostgreSQL 18 (embedded)", "18 under PostgreSQL 18 (embedded)");
    }

    @Test
    void aMetaAnnotationInheritedFromASuperclassCarriesTheConfiguration() {
        EngineExecutionResults results = EngineRuns.run(InheritingTestCase.class);

        EngineRuns.assertAllSucceeded(results, 1);
        assertThat(majorsUnderInvocations(results)).containsExactly("16 under PostgreSQL 16 (embedded)");
    }

    @Test
    void theConfigurationParameterListsVersionsWhenTheAnnotationDoesNot() {
        EngineExecutionResults results = EngineRuns.run(NoVersionTestCase.class, MigrationTestConfig.POSTGRES,
                "15, 16");

        EngineRuns.assertAllSucceeded(results, 2);
        assertThat(majorsUnderInvocations(results)).containsExactlyInAnyOrder(
                "15 under PostgreSQL 15 (embedded)", "16 under PostgreSQL 16 (embedded)");
    }

    @Test
    void theAnnotationWinsOverTheParameterAndSeventeenIsTheDefault() {
        EngineExecutionResults annotated = EngineRuns.run(InheritingTestCase.class, MigrationTestConfig.POSTGRES,
                "15");
        EngineExecutionResults unconfigured = EngineRuns.run(NoVersionTestCase.class);

        assertThat(majorsUnderInvocations(annotated)).containsExactly("16 under PostgreSQL 16 (embedded)");
        assertThat(majorsUnderInvocations(unconfigured)).containsExactly("17 under PostgreSQL 17 (embedded)");
    }

    private static List<String> majorsUnderInvocations(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("major")
                        + " under " + invocationName(event))
                .toList();
    }

    private static String invocationName(Event event) {
        Optional<TestDescriptor> current = Optional.of(event.getTestDescriptor());
        while (current.isPresent()) {
            String segment = current.get().getUniqueId().getLastSegment().getType();
            if (segment.equals("class-template-invocation")) {
                return current.get().getDisplayName();
            }
            current = current.get().getParent();
        }
        return "no invocation";
    }

    @MigrationTest(postgres = {"13", "18"})
    static class TwoVersionsTestCase {

        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            reporter.publishEntry("major", Integer.toString(major(connection)));
        }

        @Nested
        class Inner {
            @Test
            void nestedRuns(Connection connection, TestReporter reporter) throws SQLException {
                reporter.publishEntry("major", Integer.toString(major(connection)));
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
            reporter.publishEntry("major", Integer.toString(major(connection)));
        }
    }

    @MigrationTest
    static class NoVersionTestCase {
        @Test
        void runs(Connection connection, TestReporter reporter) throws SQLException {
            reporter.publishEntry("major", Integer.toString(major(connection)));
        }
    }

    static int major(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
