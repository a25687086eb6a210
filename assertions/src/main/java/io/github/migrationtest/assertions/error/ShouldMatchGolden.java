package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.schema.SchemaDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema snapshot differs from its golden file; the message lists the differences, one line per change, each with
 * the object's path, and says how to rewrite the file.
 *
 * @since 0.1
 */
public class ShouldMatchGolden extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting schema to match the golden file:%n  %s%n"
            + "but it differs (golden → actual):%n%s%n"
            + "If the change is intended, rerun with -D%s=true to rewrite the golden file.";

    private ShouldMatchGolden(String file, SchemaDiff diff, String property) {
        super(TEMPLATE, unquotedString(file), unquotedString(Lines.indent(diff.lines())), unquotedString(property));
    }

    /**
     * The message for a snapshot that differs from the golden file by {@code diff}, taken from the golden file's
     * snapshot to the actual one.
     *
     * @param file the golden file, as the test named it
     * @param diff the difference from the golden snapshot to the actual one
     * @param property the system property that rewrites golden files
     * @return the message factory
     */
    public static ErrorMessageFactory shouldMatchGolden(String file, SchemaDiff diff, String property) {
        return new ShouldMatchGolden(file, diff, property);
    }
}
