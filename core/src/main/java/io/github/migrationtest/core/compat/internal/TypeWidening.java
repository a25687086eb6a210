package io.github.migrationtest.core.compat.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The column type changes known to accept every value the old type did (format_type spellings). */
public final class TypeWidening {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    private TypeWidening() {
    }

    /** Whether every value of {@code before} is a value of {@code after}, for the changes listed in the docs. */
    public static boolean isWidening(String before, String after) {
        if (before.equals(after)) {
            return true;
        }
        boolean unboundedText = after.equals("text") || after.equals("character varying");
        Matcher oldVarchar = VARCHAR.matcher(before);
        if (oldVarchar.matches()) {
            Matcher newVarchar = VARCHAR.matcher(after);
            return unboundedText || newVarchar.matches()
                    && Integer.parseInt(newVarchar.group(1)) >= Integer.parseInt(oldVarchar.group(1));
        }
        if (before.equals("text") || before.equals("character varying")) {
            return unboundedText;
        }
        if (INTEGERS.contains(before)) {
            return after.equals("numeric") || INTEGERS.contains(after)
                    && INTEGERS.indexOf(after) >= INTEGERS.indexOf(before);
        }
        Matcher oldNumeric = NUMERIC.matcher(before);
        if (oldNumeric.matches()) {
            Matcher newNumeric = NUMERIC.matcher(after);
            if (after.equals("numeric")) {
                return true;
            }
            if (!newNumeric.matches()) {
                return false;
            }
            int precision = Integer.parseInt(oldNumeric.group(1));
            int scale = Integer.parseInt(oldNumeric.group(2));
            int newPrecision = Integer.parseInt(newNumeric.group(1));
            int newScale = Integer.parseInt(newNumeric.group(2));
            return newScale >= scale && newPrecision - newScale >= precision - scale;
        }
        return before.equals("real") && after.equals("double precision");
    }
}
