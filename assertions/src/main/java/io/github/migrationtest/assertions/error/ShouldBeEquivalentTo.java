package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.schema.SchemaDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema snapshot differs from the expected one; the message lists the differences, one line per change, each
 * with the object's path.
 *
 * @since 0.1
 */
public class ShouldBeEquivalentTo extends BasicErrorMessageFactory {

    private static final String TEMPLATE =
            "%nExpecting schema to be equivalent to the expected one but it differs (expected → actual):%n%s";

    private ShouldBeEquivalentTo(SchemaDiff diff) {
        super(TEMPLATE, unquotedString(Lines.indent(diff.lines())));
    }

    /**
     * The message for a snapshot that differs from the expected one by {@code diff}, taken from the expected
     * snapshot to the actual one.
     */
    public static ErrorMessageFactory shouldBeEquivalentTo(SchemaDiff diff) {
        return new ShouldBeEquivalentTo(diff);
    }
}
