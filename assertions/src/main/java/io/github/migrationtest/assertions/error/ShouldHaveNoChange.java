package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.schema.SchemaDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema diff changes a path it should leave alone; the message lists the lines that concern the path.
 *
 * @since 0.1
 */
public class ShouldHaveNoChange extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting schema diff to have no change to:%n  %s%nbut it has:%n%s";

    private ShouldHaveNoChange(String path, SchemaDiff changes) {
        super(TEMPLATE, path, unquotedString(Lines.indent(changes.lines())));
    }

    /**
     * The message for a diff that changes {@code path}; {@code changes} is the part of the diff about that path.
     */
    public static ErrorMessageFactory shouldHaveNoChange(String path, SchemaDiff changes) {
        return new ShouldHaveNoChange(path, changes);
    }
}
