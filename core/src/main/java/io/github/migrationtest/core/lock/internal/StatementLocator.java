package io.github.migrationtest.core.lock.internal;

import java.util.Optional;

/**
 * Finds where a statement the tool sent is written in the step's file: tools strip comments, semicolons and
 * indentation, so the text is compared with runs of whitespace collapsed. Repeated statements are found in order.
 */
final class StatementLocator {

    private final String text;
    private final StringBuilder collapsed = new StringBuilder();
    // for each character of collapsed, its index in text
    private final int[] origin;
    private int cursor;

    StatementLocator(Optional<String> text) {
        this.text = text.orElse("");
        this.origin = new int[this.text.length()];
        boolean space = false;
        for (int i = 0; i < this.text.length(); i++) {
            char c = this.text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && collapsed.length() > 0) {
                origin[collapsed.length()] = i;
                collapsed.append(' ');
            }
            space = false;
            origin[collapsed.length()] = i;
            collapsed.append(c);
        }
    }

    /** The 1-based line where the statement starts, if its text is in the file. */
    synchronized Optional<Integer> line(String sql) {
        String wanted = collapse(sql);
        if (wanted.isEmpty() || collapsed.length() == 0) {
            return Optional.empty();
        }
        int at = collapsed.indexOf(wanted, cursor);
        if (at < 0) {
            at = collapsed.indexOf(wanted);
        }
        if (at < 0) {
            return Optional.empty();
        }
        cursor = at + wanted.length();
        int line = 1;
        for (int i = 0; i < origin[at]; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return Optional.of(line);
    }

    private static String collapse(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.replaceAll("\\s+", " ");
    }
}
