package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.compat.internal.RecordedStatements;
import io.github.migrationtest.core.compat.internal.RecordingProxies;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Records the statements an application sends through a {@link DataSource}, to write them as a {@link QueryCorpus}:
 * run the previous release's tests against {@link #dataSource()}, then {@link #writeTo(Path)}.
 *
 * <p>Each distinct SQL text is recorded once, after it ran successfully, with the values of its first run when they
 * were set through {@code setInt}, {@code setLong}, {@code setString}, {@code setBigDecimal}, {@code setBoolean},
 * {@code setNull} and similar (then also their types); JDBC {@code ?} placeholders become {@code $1..$n}.
 * Transaction control ({@code BEGIN}, {@code COMMIT}, savepoints...) and session settings ({@code SET},
 * {@code RESET}, {@code SHOW}) are skipped. Names are derived from the statement's verb and first table
 * ({@code select_users}, {@code insert_orders_2}), or {@code q1}, {@code q2}... when there is none.
 *
 * @since 0.1
 */
public final class CorpusRecorder {

    private final String version;
    private final RecordedStatements statements = new RecordedStatements();
    private final DataSource dataSource;

    private CorpusRecorder(DataSource target, String version) {
        this.version = Objects.requireNonNull(version, "version");
        this.dataSource = RecordingProxies.dataSource(Objects.requireNonNull(target, "target"), statements);
    }

    /**
     * A recorder over a data source.
     *
     * @param target the data source the application would use
     * @param version the application version whose statements are recorded
     * @return the recorder; hand its {@link #dataSource()} to the application
     */
    public static CorpusRecorder recording(DataSource target, String version) {
        return new CorpusRecorder(target, version);
    }

    /** The recording data source: connections, statements and prepared statements pass every call through. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** What was recorded so far, as a corpus of the recorder's version. */
    public QueryCorpus corpus() {
        return QueryCorpus.of(version, statements.queries());
    }

    /**
     * Writes what was recorded so far as a corpus file, which {@link QueryCorpus#load(String, String)} reads back.
     *
     * @param file the file to write, replaced if it exists
     */
    public void writeTo(Path file) {
        corpus().writeTo(file);
    }
}
