package io.github.migrationtest.core.report.internal;

import java.util.List;

/**
 * Splits a finding's message into its headline and the lines after it, and tells diff lines apart, so that
 * Markdown and HTML can show the diff as a diff.
 */
public final class Messages {

    /** How a line of a message reads. */
    public enum LineKind {
        /** Present before, gone after: {@code - function public.f()}, also indented. */
        REMOVED,
        /** Absent before, present after: {@code + sequence public.s}. */
        ADDED,
        /** A property that changed: {@code public.t.c: type text → character varying(100)}. */
        CHANGED,
        /** Any other text. */
        TEXT
    }

    private Messages() {
    }

    /** The first line. */
    public static String headline(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The lines after the first, possibly none. */
    public static List<String> body(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? List.of() : message.substring(end + 1).lines().toList();
    }

    /** What kind of line it is. */
    public static LineKind kind(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("- ")) {
            return LineKind.REMOVED;
        }
        if (trimmed.startsWith("+ ")) {
            return LineKind.ADDED;
        }
        return line.contains(" → ") ? LineKind.CHANGED : LineKind.TEXT;
    }

    /** Whether any line is a diff line. */
    public static boolean hasDiff(List<String> lines) {
        return lines.stream().anyMatch(line -> kind(line) != LineKind.TEXT);
    }
}
