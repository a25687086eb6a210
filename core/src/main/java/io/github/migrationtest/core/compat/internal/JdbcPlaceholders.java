package io.github.migrationtest.core.compat.internal;

/** Turns JDBC's {@code ?} placeholders into PostgreSQL's {@code $1..$n}, as PgJDBC does before sending. */
final class JdbcPlaceholders {

    private JdbcPlaceholders() {
    }

    static String toNumbered(String sql) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '?' && sql.startsWith("??", i)) {
                out.append('?'); // JDBC's escape for a literal question mark, such as the jsonb ? operator
                i += 2;
            } else if (c == '?') {
                out.append('$').append(next++);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closing(String sql, int from, char quote) {
        int i = from + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
