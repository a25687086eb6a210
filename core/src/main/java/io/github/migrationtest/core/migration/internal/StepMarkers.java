package io.github.migrationtest.core.migration.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code migrationtest:<name> <reason>} markers from a step's text, such as
 * {@code -- migrationtest:irreversible drops the legacy table on purpose}. The marker may sit in any comment (SQL
 * {@code --} or block comments, a Liquibase {@code <comment>}); the reason runs to the end of the line.
 */
public final class StepMarkers {

    private static final Pattern MARKER = Pattern.compile(
            "(?<![\\w:])migrationtest:([a-z][a-z0-9-]*(?:/[a-z0-9-]+)?)[ \\t]*([^\\r\\n]*)");

    private StepMarkers() {
    }

    /** The markers in these texts, by name; the first occurrence of a name wins. Null texts are skipped. */
    public static Map<String, String> of(String... texts) {
        Map<String, String> markers = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = MARKER.matcher(text);
            while (matcher.find()) {
                markers.putIfAbsent(matcher.group(1), clean(matcher.group(2)));
            }
        }
        return markers;
    }

    // a reason written inside a block comment or an XML element ends where the comment does
    private static String clean(String reason) {
        String text = reason;
        for (String end : new String[] {"*/", "</", "-->"}) {
            int at = text.indexOf(end);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return text.strip();
    }
}
