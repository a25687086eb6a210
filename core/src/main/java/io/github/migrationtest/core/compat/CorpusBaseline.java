package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.compat.internal.Errors;
import io.github.migrationtest.core.compat.internal.QuerySession;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus with the result shape of each query at the corpus's own version, captured on a database at that version
 * so that {@link CorpusReplayer} can tell when a later schema changes what an old query returns.
 *
 * <p>For the rollback direction, capture the baseline of the new version's corpus on the migrated database, undo
 * the step, and replay: the new code's queries are then checked against the old schema.
 *
 * @since 0.1
 */
public final class CorpusBaseline {

    private final QueryCorpus corpus;
    private final Map<String, List<ResultColumn>> shapes;

    private CorpusBaseline(QueryCorpus corpus, Map<String, List<ResultColumn>> shapes) {
        this.corpus = corpus;
        this.shapes = Map.copyOf(shapes);
    }

    /**
     * Captures the baseline as the database's user.
     *
     * @param database a database whose schema is at the corpus's version
     * @param corpus the corpus
     * @return the baseline
     * @throws CorpusException if a query already fails at its own version, naming the query
     */
    public static CorpusBaseline capture(TestDatabase database, QueryCorpus corpus) {
        return capture(database, corpus, Optional.empty());
    }

    /**
     * Captures the baseline, executing as the application's role when given: every query is prepared, described
     * and executed in a rolled-back transaction, so a corpus that does not work at its own version is refused here
     * rather than reported against a later step.
     *
     * @param database a database whose schema is at the corpus's version
     * @param corpus the corpus
     * @param applicationRole the role executions run as, or empty for the database's user
     * @return the baseline
     * @throws CorpusException if a query already fails at its own version, naming the query
     */
    public static CorpusBaseline capture(TestDatabase database, QueryCorpus corpus, Optional<String> applicationRole) {
        Objects.requireNonNull(corpus, "corpus");
        Map<String, List<ResultColumn>> shapes = new LinkedHashMap<>();
        try (QuerySession session = new QuerySession(database.connect(), applicationRole)) {
            for (CorpusQuery query : corpus.queries()) {
                QuerySession.Outcome outcome = session.run(query, Optional.empty());
                if (outcome.failed() != null) {
                    SQLException e = outcome.error();
                    throw new CorpusException("The query " + query.name() + " (" + query.location()
                            + ") already fails at its own version " + corpus.version() + ": " + Errors.describe(e)
                            + ". Fix the query or its params in the corpus, or "
                            + "capture the baseline on a database migrated to version " + corpus.version() + ".", e);
                }
                shapes.put(query.name(), outcome.shape());
            }
        } catch (SQLException e) {
            throw new CorpusException("Cannot capture the baseline of " + corpus + " on " + database + ": "
                    + e.getMessage(), e);
        }
        return new CorpusBaseline(corpus, shapes);
    }

    /** The corpus. */
    public QueryCorpus corpus() {
        return corpus;
    }

    /**
     * The result columns of a query at the corpus's version.
     *
     * @param name the query's name
     * @return the columns, empty for a statement that returns no rows; or empty if the corpus has no such query
     */
    public Optional<List<ResultColumn>> shape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }
}
