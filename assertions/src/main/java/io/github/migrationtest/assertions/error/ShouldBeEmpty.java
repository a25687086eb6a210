package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.schema.SchemaDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema diff is not empty; the message lists its lines.
 *
 * @since 0.1
 */
public class ShouldBeEmpty extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting schema diff to be empty but it has %s:%n%s";

    private ShouldBeEmpty(SchemaDiff diff) {
        super(TEMPLATE, unquotedString(Lines.count(diff.lines().size(), "change")),
                unquotedString(Lines.indent(diff.lines())));
    }

    /**
     * The message for a diff that is not empty.
     */
    public static ErrorMessageFactory shouldBeEmpty(SchemaDiff diff) {
        return new ShouldBeEmpty(diff);
    }
}
