package io.github.migrationtest.core.migration.internal.liquibase;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds, best effort, the line of a changelog file where a failing statement is: the first line of the statement
 * after the changeset's declaration (formatted SQL and inline SQL), else the declaration itself.
 */
final class ChangesetLines {

    private ChangesetLines() {
    }

    /**
     * @param text the changelog file's text
     * @param id the changeset's id
     * @param author the changeset's author
     * @param statement the failing statement as Liquibase sent it, if known
     * @param position the server's 1-based error position within the statement, if known
     */
    static Optional<Integer> line(String text, String id, String author, Optional<String> statement,
            Optional<Integer> position) {
        String[] lines = text.split("\r?\n", -1);
        Pattern declaration = Pattern.compile("(--\\s*changeset\\s+" + Pattern.quote(author) + ":" + Pattern.quote(id)
                + "(\\s|$))|(\\bid\\s*[:=]\\s*[\"']?" + Pattern.quote(id) + "([\"'\\s,}]|$))");
        int start = -1;
        for (int i = 0; i < lines.length && start < 0; i++) {
            if (declaration.matcher(lines[i]).find()) {
                start = i;
            }
        }
        if (statement.isPresent()) {
            String sql = statement.get();
            int first = firstNonBlankLineStart(sql);
            if (first >= 0) {
                String firstLine = sql.substring(first, endOfLine(sql, first)).strip();
                for (int i = Math.max(start, 0); i < lines.length; i++) {
                    if (!firstLine.isEmpty() && lines[i].contains(firstLine)) {
                        int offset = position.map(p -> newlines(sql, first, Math.min(p - 1, sql.length())))
                                .orElse(0);
                        return Optional.of(i + 1 + offset);
                    }
                }
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(start + 1);
    }

    private static int firstNonBlankLineStart(String sql) {
        int lineStart = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                return lineStart;
            }
        }
        return -1;
    }

    private static int endOfLine(String sql, int from) {
        int end = sql.indexOf('\n', from);
        return end < 0 ? sql.length() : end;
    }

    private static int newlines(String sql, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
