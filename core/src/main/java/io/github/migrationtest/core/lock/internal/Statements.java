package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tracer reads from a statement's text: the tools' bookkeeping, and lock_timeout settings. */
final class Statements {

    // statements a tool sends on its own: reads of its state, session settings, transaction control
    private static final Set<String> TOOL_KEYWORDS = Set.of("SELECT", "SHOW", "SET", "RESET", "BEGIN", "START",
            "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "DISCARD", "DEALLOCATE");
    private static final Pattern SET = Pattern.compile(
            "(?is)^\\s*SET\\s+(SESSION\\s+|LOCAL\\s+)?lock_timeout\\s*(?:=|TO)\\s*(.*?)\\s*;?\\s*$");
    private static final Pattern RESET = Pattern.compile("(?is)^\\s*RESET\\s+(lock_timeout|ALL)\\s*;?\\s*$");
    private static final Pattern SET_CONFIG = Pattern.compile(
            "(?is)set_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*'([^']*)'\\s*,\\s*(true|false)\\s*\\)");

    /** A lock_timeout change: whether it is non-zero afterwards, and whether only for the transaction. */
    record TimeoutChange(boolean enabled, boolean local) {
    }

    private Statements() {
    }

    /**
     * Whether the tool sent it for itself: it names a history table, or it is a read or a setting that the step's
     * file does not contain.
     */
    static boolean bookkeeping(String sql, boolean inStepFile) {
        String upper = sql.toUpperCase(Locale.ROOT);
        if (SchemaSnapshot.HISTORY_TABLES.stream().anyMatch(table -> upper.contains(table.toUpperCase(Locale.ROOT)))) {
            return true;
        }
        if (inStepFile) {
            return false;
        }
        String[] words = upper.strip().split("[\\s(;]+", 2);
        return words.length > 0 && TOOL_KEYWORDS.contains(words[0]);
    }

    /** How a statement changes lock_timeout, if it does. */
    static Optional<TimeoutChange> timeoutChange(String sql) {
        Matcher set = SET.matcher(sql);
        if (set.matches()) {
            boolean local = set.group(1) != null && set.group(1).strip().equalsIgnoreCase("LOCAL");
            return Optional.of(new TimeoutChange(enabled(set.group(2)), local));
        }
        if (RESET.matcher(sql).matches()) {
            return Optional.of(new TimeoutChange(false, false));
        }
        Matcher config = SET_CONFIG.matcher(sql);
        if (config.find()) {
            return Optional.of(new TimeoutChange(enabled(config.group(1)),
                    config.group(2).equalsIgnoreCase("true")));
        }
        return Optional.empty();
    }

    private static boolean enabled(String value) {
        String v = value.strip().replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT);
        return !(v.isEmpty() || v.equals("default") || v.matches("0+(\\.0*)?\\s*(ms|s|min|h|d|us)?"));
    }
}
