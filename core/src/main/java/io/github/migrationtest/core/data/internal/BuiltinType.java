package io.github.migrationtest.core.data.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in type as {@code format_type} writes it, split into its name and modifiers: {@code numeric(10,2)} is
 * {@code numeric} with 10 and 2, {@code timestamp(3) with time zone} is {@code timestamp with time zone} with 3.
 *
 * @param name the name without modifiers
 * @param first the first modifier (length or precision), or -1
 * @param second the second modifier (scale), or -1
 */
record BuiltinType(String name, int first, int second) {

    private static final Pattern MODIFIERS = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

    static BuiltinType parse(String type) {
        Matcher matcher = MODIFIERS.matcher(type);
        if (!matcher.find()) {
            return new BuiltinType(type.trim(), -1, -1);
        }
        String name = (type.substring(0, matcher.start()) + type.substring(matcher.end())).trim();
        int first = Integer.parseInt(matcher.group(1));
        int second = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        return new BuiltinType(name, first, second);
    }
}
