package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.compat.CorpusQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The distinct statements a recorder saw, in first-seen order, each with its first parameter values and types. */
public final class RecordedStatements {

    // transaction control and session settings are the driver's or the framework's, not the application's queries
    private static final Pattern SKIPPED = Pattern.compile(
            "^(BEGIN|START|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET|RESET|SHOW|DISCARD|DEALLOCATE"
                    + "|PREPARE TRANSACTION|COMMIT PREPARED|ROLLBACK PREPARED)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(FROM|INTO|UPDATE|JOIN)\\s+(?:ONLY\\s+)?(?:\"?[A-Za-z_][A-Za-z0-9_]*\"?\\.)?\"?([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB = Pattern.compile("^\\s*([A-Za-z]+)");

    private final Map<String, Recorded> statements = new LinkedHashMap<>();

    private record Recorded(List<String> params, List<String> types) {
    }

    /**
     * Records a statement the application sent successfully.
     *
     * @param jdbcSql the statement as given to JDBC, with {@code ?} placeholders
     * @param params the parameter values as SQL literals, or null when some could not be captured
     * @param types the parameter types, or null when some are unknown
     */
    public synchronized void record(String jdbcSql, List<String> params, List<String> types) {
        String sql = JdbcPlaceholders.toNumbered(jdbcSql.strip()).replaceAll(";\\s*$", "").strip();
        if (sql.isEmpty() || SKIPPED.matcher(sql).find() || statements.containsKey(sql)) {
            return;
        }
        int placeholders = SqlText.placeholders(sql);
        boolean complete = params != null && params.size() == placeholders;
        statements.put(sql, new Recorded(complete ? List.copyOf(params) : List.of(),
                types != null && types.size() == placeholders ? List.copyOf(types) : List.of()));
    }

    /** The recorded statements as named corpus queries: {@code select_users}, {@code insert_orders_2}, or q1. */
    public synchronized List<CorpusQuery> queries() {
        List<CorpusQuery> queries = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        int index = 0;
        for (Map.Entry<String, Recorded> entry : statements.entrySet()) {
            index++;
            String base = name(entry.getKey(), index);
            int count = used.merge(base, 1, Integer::sum);
            String name = count == 1 ? base : base + "_" + count;
            queries.add(new CorpusQuery(name, entry.getKey(), entry.getValue().params(), entry.getValue().types(),
                    "recorded #" + index));
        }
        return queries;
    }

    private static String name(String sql, int index) {
        Matcher verb = VERB.matcher(sql);
        Matcher table = TABLE.matcher(sql);
        if (verb.find() && table.find()) {
            return (verb.group(1) + "_" + table.group(2)).toLowerCase(Locale.ROOT);
        }
        return "q" + index;
    }
}
