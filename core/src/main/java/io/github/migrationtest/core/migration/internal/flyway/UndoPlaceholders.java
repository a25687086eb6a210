package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Flyway placeholders ({@code ${name}}) in an undo script, which this source runs itself: Flyway
 * Community does not run undo scripts, so it would not replace them.
 */
final class UndoPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

    private UndoPlaceholders() {
    }

    /**
     * The script with every placeholder replaced.
     *
     * @param values the configured placeholders and Flyway's built-in ones ({@code flyway:defaultSchema}, ...)
     * @throws MigrationException naming the script and the placeholder, if a placeholder has no value (Flyway
     *     fails the same way for versioned scripts)
     */
    static String replace(String script, String location, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(script);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                // Flyway matches placeholder names without regard to case
                value = values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (value == null) {
                throw MigrationException.invalid("The undo script " + location + " uses the placeholder ${" + name
                        + "}, which has no value. Pass it in MigrationSettings.placeholders, or escape it.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
