package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.compat.CorpusException;
import io.github.migrationtest.core.compat.CorpusQuery;
import io.github.migrationtest.core.migration.internal.SqlScript;
import io.github.migrationtest.core.migration.internal.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the statements of one corpus file: each introduced by {@code -- name:}, optionally {@code -- params:} and
 * {@code -- types:} comment lines; statements are split by the migration runner's own script lexer.
 */
public final class CorpusParser {

    private CorpusParser() {
    }

    /**
     * The queries of a file's text.
     *
     * @param text the file's content
     * @param file the file's name, for locations and messages
     * @param seen the queries read so far (from earlier files), by name, to refuse duplicates across files
     */
    public static List<CorpusQuery> parse(String text, String file, Map<String, CorpusQuery> seen) {
        String[] lines = text.split("\n", -1);
        List<CorpusQuery> queries = new ArrayList<>();
        int headerFrom = 1;
        for (SqlStatement statement : SqlScript.parse(text)) {
            Map<String, String> header = header(lines, headerFrom, statement.line(), file);
            headerFrom = statement.line() + (int) statement.sql().chars().filter(c -> c == '\n').count() + 1;
            String where = file + ":" + statement.line();
            String name = Optional.ofNullable(header.get("name")).filter(n -> !n.isBlank()).orElseThrow(() ->
                    new CorpusException(where + ": the statement has no name. Add a line `-- name: <name>` just "
                            + "before it, such as `-- name: list_users`."));
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new CorpusException(where + ": the name `" + name + "` is not an identifier. Use letters, "
                        + "digits and underscores, such as `list_users`.");
            }
            CorpusQuery earlier = seen.get(name);
            if (earlier != null) {
                throw new CorpusException(where + ": the name " + name + " is already used at "
                        + earlier.location() + ". Give each statement its own name.");
            }
            List<String> params = SqlText.splitList(header.getOrDefault("params", ""));
            List<String> types = SqlText.splitList(header.getOrDefault("types", ""));
            int placeholders = SqlText.placeholders(statement.sql());
            check(where, name, "params", "one SQL literal", params, placeholders);
            check(where, name, "types", "one type", types, placeholders);
            CorpusQuery query = new CorpusQuery(name, statement.sql(), params, types, where);
            seen.put(name, query);
            queries.add(query);
        }
        for (int line = headerFrom; line <= lines.length; line++) {
            if (lines[line - 1].strip().matches("--\\s*name\\s*:.*")) {
                throw new CorpusException(file + ":" + line + ": `" + lines[line - 1].strip() + "` is not followed "
                        + "by a statement. Add the statement, ending with `;`, or remove the line.");
            }
        }
        return queries;
    }

    private static void check(String where, String name, String key, String each, List<String> values,
            int placeholders) {
        if (!values.isEmpty() && values.size() != placeholders) {
            throw new CorpusException(where + ": " + name + " has " + values.size() + " " + key + " but the "
                    + "statement uses " + placeholders + " placeholder" + (placeholders == 1 ? "" : "s")
                    + (placeholders == 0 ? "" : " ($1.." + "$" + placeholders + ")") + ". Give " + each
                    + " per placeholder in `-- " + key + ":`, or remove the line.");
        }
    }

    // the -- key: value lines between the previous statement and this one
    private static Map<String, String> header(String[] lines, int from, int to, String file) {
        Map<String, String> header = new LinkedHashMap<>();
        for (int line = from; line < to && line <= lines.length; line++) {
            String text = lines[line - 1].strip();
            if (!text.startsWith("--")) {
                continue;
            }
            String comment = text.substring(2).strip();
            int colon = comment.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = comment.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            if (key.equals("name") || key.equals("params") || key.equals("types")) {
                if (header.containsKey(key)) {
                    throw new CorpusException(file + ":" + line + ": a second `-- " + key + ":` line before one "
                            + "statement. End the previous statement with `;`, or remove one of the lines.");
                }
                header.put(key, comment.substring(colon + 1).strip());
            }
        }
        return header;
    }
}
