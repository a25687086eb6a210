package io.github.migrationtest.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes through the real Jupiter engine, isolated from this suite's own configuration. */
final class EngineRuns {

    private EngineRuns() {
    }

    /** Runs a fixture on the embedded provider, plus the given parameters. */
    static EngineExecutionResults run(Class<?> fixture, String... keyValues) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(MigrationTestConfig.PROVIDER, "embedded");
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], keyValues[i + 1]);
        }
        return runExactly(fixture, parameters);
    }

    /** Runs a fixture with exactly these parameters: no system properties, no junit-platform.properties. */
    static EngineExecutionResults runExactly(Class<?> fixture, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(parameters)
                .selectors(selectClass(fixture))
                .execute();
    }

    /** Asserts that exactly {@code count} tests ran and all passed, showing the failures otherwise. */
    static void assertAllSucceeded(EngineExecutionResults results, int count) {
        List<String> failures = new ArrayList<>();
        results.allEvents().failed().stream().forEach(event -> failures.add(event.getTestDescriptor()
                .getDisplayName() + ": " + event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(EngineRuns::stackTrace).orElse("?")));
        org.assertj.core.api.Assertions.assertThat(failures).as("failures").isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(count).succeeded(count));
    }

    /** The one failure of a run, from a test or a container, for assertions on its type and message. */
    static Throwable singleFailure(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        org.assertj.core.api.Assertions.assertThat(failures).as("failures").hasSize(1);
        return failures.get(0);
    }

    /** Every failure of a run, tests and containers. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable().orElseThrow())
                .toList();
    }

    /** For each published "major" report entry: the major and the display name of the invocation it ran under. */
    static List<String> majorsUnderInvocations(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .filter(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().containsKey("major"))
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("major")
                        + " under " + invocationName(event))
                .toList();
    }

    private static String invocationName(Event event) {
        Optional<TestDescriptor> current = Optional.of(event.getTestDescriptor());
        while (current.isPresent()) {
            if (current.get().getUniqueId().getLastSegment().getType().equals("class-template-invocation")) {
                return current.get().getDisplayName();
            }
            current = current.get().getParent();
        }
        return "no invocation";
    }

    /** Publishes the server's major as the report entry "major", for {@link #majorsUnderInvocations}. */
    static void reportMajor(Connection connection, TestReporter reporter) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            reporter.publishEntry("major", Integer.toString(rs.getInt(1)));
        }
    }

    private static String stackTrace(Throwable throwable) {
        java.io.StringWriter out = new java.io.StringWriter();
        throwable.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    /** The names of the databases that exist on the shared embedded server of this major. */
    static List<String> databasesOn(int major) throws SQLException {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(major));
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
