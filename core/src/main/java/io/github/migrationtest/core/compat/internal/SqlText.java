package io.github.migrationtest.core.compat.internal;

import java.util.ArrayList;
import java.util.List;

/** Small lexical helpers over SQL text: placeholders, literal lists, JDBC placeholders. */
public final class SqlText {

    private SqlText() {
    }

    /** The highest {@code $n} placeholder outside strings, quoted identifiers and comments; 0 when none. */
    public static int placeholders(String sql) {
        int[] max = {0};
        scan(sql, (i, n, end) -> max[0] = Math.max(max[0], n), null);
        return max[0];
    }

    /**
     * The statement with {@code $n} placeholders written as JDBC {@code ?} and literal question marks doubled, for
     * describing it through PgJDBC; with types, each placeholder is cast to its type so the server infers the same
     * plan as the typed {@code PREPARE}.
     */
    public static String jdbcPlaceholders(String sql, List<String> types) {
        StringBuilder out = new StringBuilder();
        int[] copied = {0};
        scan(sql, (start, n, end) -> {
            out.append(sql, copied[0], start);
            out.append(n <= types.size() ? "(?::" + types.get(n - 1) + ")" : "?");
            copied[0] = end;
        }, question -> {
            out.append(sql, copied[0], question + 1).append('?');
            copied[0] = question + 1;
        });
        return out.append(sql.substring(copied[0])).toString();
    }

    /**
     * Splits {@code 42, 'a, b', ARRAY[1, 2]} at top-level commas; quotes and brackets are respected.
     *
     * @return the trimmed items, empty for blank text
     */
    public static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        if (text.isBlank()) {
            return items;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(text, i, c) - 1;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        items.add(text.substring(start).trim());
        return items;
    }

    private interface PlaceholderVisitor {
        void visit(int start, int number, int end);
    }

    private interface QuestionVisitor {
        void visit(int position);
    }

    private static void scan(String sql, PlaceholderVisitor placeholders, QuestionVisitor questions) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '$' && (i == 0 || !identifierPart(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                if (end > i + 1) {
                    placeholders.visit(i, Integer.parseInt(sql.substring(i + 1, end)), end);
                    i = end;
                } else {
                    i = skipDollarQuoted(sql, i);
                }
            } else {
                if (c == '?' && questions != null) {
                    questions.visit(i);
                }
                i++;
            }
        }
    }

    private static int skipQuoted(String text, int from, char quote) {
        int i = from + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int skipDollarQuoted(String sql, int from) {
        int close = sql.indexOf('$', from + 1);
        if (close < 0) {
            return from + 1;
        }
        String tag = sql.substring(from, close + 1);
        for (int i = 1; i < tag.length() - 1; i++) {
            if (!identifierPart(tag.charAt(i))) {
                return from + 1;
            }
        }
        int end = sql.indexOf(tag, close + 1);
        return end < 0 ? sql.length() : end + tag.length();
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
