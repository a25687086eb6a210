package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.compat.internal.Errors;
import io.github.migrationtest.core.compat.internal.FailureExplainer;
import io.github.migrationtest.core.compat.internal.QuerySession;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Replays a corpus against a migrated database, each query cheapest stage first and stopping at its first failure:
 * <ol>
 *   <li>typed {@code PREPARE} ({@link CompatRules#QUERY_FAILS_TO_PREPARE}): missing tables, columns, functions,
 *       enum labels in literals, operators missing after a type change;
 *   <li>the result shape against the baseline ({@link CompatRules#RESULT_SHAPE_CHANGED}): result columns and types,
 *       from {@code pg_prepared_statements.result_types} on PostgreSQL 16+ and the driver's describe before;
 *   <li>execution with the corpus's parameter values in a transaction that is always rolled back, as the
 *       application role when given ({@link CompatRules#QUERY_FAILS}): NOT NULL without default, dropped defaults,
 *       new unique, check and foreign key constraints, narrowed types, revoked grants, row-level security.
 * </ol>
 * Each query has its own prepared statement, deallocated afterwards, and its own transaction, so nothing carries
 * over between queries. Sequences advanced by an execution are not rolled back (PostgreSQL never does).
 *
 * @since 0.1
 */
public final class CorpusReplayer {

    private CorpusReplayer() {
    }

    /**
     * Replays with the result-shape comparison.
     *
     * @param database the database after the step (or after its down, for the rollback direction)
     * @param baseline the corpus with its shapes at its own version
     * @param options the step, the application role and the step's diff
     * @return one {@link Category#COMPAT} error per failing query, in corpus order; empty when all pass
     */
    public static List<Finding> replay(TestDatabase database, CorpusBaseline baseline, ReplayOptions options) {
        return replay(database, baseline.corpus(), Optional.of(baseline), options);
    }

    /**
     * Replays without comparing result shapes (no baseline needed).
     *
     * @param database the database after the step
     * @param corpus the corpus
     * @param options the step, the application role and the step's diff
     * @return one {@link Category#COMPAT} error per failing query, in corpus order; empty when all pass
     */
    public static List<Finding> replay(TestDatabase database, QueryCorpus corpus, ReplayOptions options) {
        return replay(database, corpus, Optional.empty(), options);
    }

    private static List<Finding> replay(TestDatabase database, QueryCorpus corpus, Optional<CorpusBaseline> baseline,
            ReplayOptions options) {
        Objects.requireNonNull(options, "options");
        List<Finding> findings = new ArrayList<>();
        try (QuerySession session = new QuerySession(database.connect(), options.applicationRole())) {
            for (CorpusQuery query : corpus.queries()) {
                Optional<List<ResultColumn>> expected = baseline.flatMap(b -> b.shape(query.name()));
                QuerySession.Outcome outcome = session.run(query, expected);
                finding(query, corpus, outcome, expected, options).ifPresent(findings::add);
            }
        } catch (SQLException e) {
            throw new CorpusException("Cannot replay " + corpus + " on " + database + ": " + e.getMessage(), e);
        }
        return findings;
    }

    private static Optional<Finding> finding(CorpusQuery query, QueryCorpus corpus, QuerySession.Outcome outcome,
            Optional<List<ResultColumn>> expected, ReplayOptions options) {
        String subject = "Query " + query.name() + " (" + query.location() + ", version " + corpus.version() + ")";
        String step = options.step();
        if (outcome.failed() == null) {
            if (expected.isEmpty() || expected.get().equals(outcome.shape())) {
                return Optional.empty();
            }
            return Optional.of(Finding.of(Category.COMPAT, CompatRules.RESULT_SHAPE_CHANGED, Severity.ERROR, step,
                    subject + " returns a different result after " + step + ": columns were ("
                            + columns(expected.get()) + "), now (" + columns(outcome.shape()) + "). Old code "
                            + "reading the result by position or type may break: keep the old columns and types, "
                            + "and add new ones as new columns."));
        }
        SQLException error = outcome.error();
        String rule = outcome.failed() == QuerySession.Stage.EXECUTE ? CompatRules.QUERY_FAILS
                : CompatRules.QUERY_FAILS_TO_PREPARE;
        String what = outcome.failed() == QuerySession.Stage.EXECUTE ? "fails when executed"
                : "fails to prepare";
        String why = options.stepDiff().flatMap(diff -> FailureExplainer.explain(error, diff, step))
                .map(reason -> " Because " + reason + ".").orElse("");
        return Optional.of(Finding.of(Category.COMPAT, rule, Severity.ERROR, step, subject + " " + what + " after "
                + step + ": " + Errors.describe(error) + "." + why
                + " The previous application version still sends it: change the schema in expand/contract steps "
                + "(add first, stop using, remove later), or keep a shim (view, trigger, default) until it is gone."));
    }

    private static String columns(List<ResultColumn> columns) {
        return columns.stream().map(ResultColumn::toString).collect(Collectors.joining(", "));
    }
}
