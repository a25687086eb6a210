package io.github.migrationtest.core.compat.internal;

import java.sql.SQLException;

/** How a server error reads in findings and messages. */
public final class Errors {

    private Errors() {
    }

    /**
     * {@code ERROR: column "x" does not exist (SQLState 42703)}: the first line only, since the position the
     * driver adds counts in the wrapping PREPARE, not in the corpus's statement.
     */
    public static String describe(SQLException error) {
        String text = String.valueOf(error.getMessage());
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)) + " (SQLState " + error.getSQLState() + ")";
    }
}
