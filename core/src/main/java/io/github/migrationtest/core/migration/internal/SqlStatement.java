package io.github.migrationtest.core.migration.internal;

/**
 * One statement of a script.
 *
 * @param sql the statement, without its terminating semicolon
 * @param line the line of the script where the statement starts (1-based)
 * @param transactional {@code false} for statements PostgreSQL refuses inside a transaction block
 */
public record SqlStatement(String sql, int line, boolean transactional) {

    /** The line of the script at a 1-based character position within the statement. */
    public int lineAt(int position) {
        int newlines = 0;
        for (int i = 0; i < Math.min(position - 1, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                newlines++;
            }
        }
        return line + newlines;
    }
}
