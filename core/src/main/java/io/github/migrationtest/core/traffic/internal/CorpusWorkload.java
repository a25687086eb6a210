package io.github.migrationtest.core.traffic.internal;

import io.github.migrationtest.core.compat.CorpusQuery;
import io.github.migrationtest.core.compat.QueryCorpus;
import java.util.List;
import java.util.Locale;

/**
 * The previous application version's queries as traffic: each corpus query with its parameter values written in
 * (as the literals the corpus gives, cast to the declared types), counted under {@code query <name>}. Like every
 * traffic query it runs in a transaction that is rolled back.
 */
public final class CorpusWorkload implements Workload {

    private final QueryCorpus corpus;

    public CorpusWorkload(QueryCorpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public List<TrafficQuery> queries() {
        if (corpus.queries().isEmpty()) {
            throw new IllegalArgumentException("the corpus " + corpus + " has no queries to run as traffic");
        }
        return corpus.queries().stream().map(query -> new TrafficQuery("query " + query.name(), isWrite(query.sql()),
                inline(query))).toList();
    }

    // from $n down to $1, so that $1 is not replaced inside $10
    private static String inline(CorpusQuery query) {
        String sql = query.sql();
        for (int n = query.params().size(); n >= 1; n--) {
            String value = "(" + query.params().get(n - 1) + ")";
            if (n <= query.types().size()) {
                value = value + "::" + query.types().get(n - 1);
            }
            sql = sql.replace("$" + n, value);
        }
        return sql;
    }

    private static boolean isWrite(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("insert") || start.startsWith("update") || start.startsWith("delete")
                || start.startsWith("merge")
                || start.startsWith("with") && start.matches("(?s).*\\b(insert|update|delete)\\b.*");
    }
}
