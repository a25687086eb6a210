package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.compat.CorpusRecorder;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.junit.CaptureCorpus;
import io.github.migrationtest.junit.KeepDatabase;
import io.github.migrationtest.junit.MigrationTestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's database and the connections handed out for it; dropped after the test unless the keep policy says
 * otherwise. Idempotent, so the explicit {@code afterEach} and the store's own close can both run.
 */
final class DatabaseResource implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DatabaseResource.class.getName());

    private final PostgresServer server;
    private final TestDatabase database;
    private final KeepDatabase keep;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private Migrator migrator;
    private CorpusRecorder recorder;
    private Path corpusFile;

    DatabaseResource(PostgresServer server, TestDatabase database, KeepDatabase keep) {
        this.server = server;
        this.database = database;
        this.keep = keep;
    }

    TestDatabase database() {
        return database;
    }

    /** The test's migrator, opened on first use; one per test, like the database. */
    synchronized Migrator migrator(Supplier<Migrator> open) {
        if (migrator == null) {
            migrator = open.get();
        }
        return migrator;
    }

    /** The test's data source; recording into a corpus file when the test asks for it. */
    synchronized DataSource dataSource(Optional<CaptureCorpus> capture) {
        if (capture.isEmpty()) {
            return database.dataSource();
        }
        if (recorder == null) {
            recorder = CorpusRecorder.recording(database.dataSource(), capture.get().version());
            corpusFile = Path.of(capture.get().file());
        }
        return recorder.dataSource();
    }

    Connection newConnection() throws SQLException {
        Connection connection = database.connect();
        connections.add(connection);
        return connection;
    }

    /** Closes the connections, then drops or keeps the database. */
    void finish(ExtensionContext context) {
        if (finished.getAndSet(true)) {
            return;
        }
        writeCorpus(context);
        closeConnections();
        boolean failed = context.getExecutionException().isPresent();
        if (keep == KeepDatabase.ALWAYS || (keep == KeepDatabase.ON_FAILURE && failed)) {
            server.keep(database.name());
            String why = failed ? "the test failed" : "keepDatabase = ALWAYS";
            LOG.log(Level.WARNING, "Kept database " + database.name() + " of " + context.getDisplayName() + " ("
                    + why + "): " + database.jdbcUrl() + " (user " + database.user() + ")");
            context.publishReportEntry(MigrationTestConfig.KEPT_DATABASE_REPORT_KEY, database.jdbcUrl());
        } else {
            server.dropDatabase(database.name());
        }
    }

    @Override
    public void close() {
        if (finished.getAndSet(true)) {
            return;
        }
        closeConnections();
        server.dropDatabase(database.name());
    }

    private void closeConnections() {
        synchronized (this) {
            if (migrator != null) {
                migrator.close();
                migrator = null;
            }
        }
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database is dropped WITH (FORCE) anyway
            }
        }
        connections.clear();
    }

    // a failed test's queries are recorded too: the corpus is what the code sent, not what passed
    private synchronized void writeCorpus(ExtensionContext context) {
        if (recorder == null) {
            return;
        }
        try {
            Path parent = corpusFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            recorder.writeTo(corpusFile);
            context.publishReportEntry("migrationtest.corpus", corpusFile.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Could not write the query corpus "
                    + corpusFile.toAbsolutePath() + ": " + e.getMessage(), e));
        }
    }
}
