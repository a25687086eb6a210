package io.github.migrationtest.core.lock;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Traces every step of a history on a new database of a major, one step at a time. */
final class Traces {

    private Traces() {
    }

    /** The trace of each step, by version, in order. */
    static Map<String, LockTrace> all(int major, MigrationSource source) {
        return all(major, source, MigrationSettings.defaults());
    }

    /** The trace of each step, by version, in order, with these settings. */
    static Map<String, LockTrace> all(int major, MigrationSource source, MigrationSettings settings) {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(major));
        TestDatabase database = server.createDatabase();
        try {
            Map<String, LockTrace> traces = new LinkedHashMap<>();
            for (MigrationStep step : source.plan().steps()) {
                traces.put(step.version(), LockTracer.trace(database, source, settings, step));
            }
            return traces;
        } finally {
            server.dropDatabase(database.name());
        }
    }

    /** The distinct rule ids each step's findings have, by version. */
    static Map<String, List<String>> ruleIds(Map<String, LockTrace> traces) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        traces.forEach((version, trace) -> ids.put(version,
                LockRules.findings(trace).stream().map(Finding::rule).distinct().sorted().toList()));
        return ids;
    }

    /** The one statement of a trace whose SQL contains the text. */
    static StatementTrace statement(LockTrace trace, String text) {
        List<StatementTrace> found = trace.statements().stream().filter(s -> s.sql().contains(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one statement with `" + text + "` in " + trace.statements());
        }
        return found.get(0);
    }
}
