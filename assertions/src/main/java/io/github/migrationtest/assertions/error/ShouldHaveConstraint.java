package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot lacks a constraint.
 *
 * @since 0.1
 */
public class ShouldHaveConstraint extends BasicErrorMessageFactory {

    private static final String TEMPLATE =
            "%nExpecting table to have constraint:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHaveConstraint(String constraint, List<String> constraints) {
        super(TEMPLATE, constraint, constraints);
    }

    /**
     * The message for a missing constraint, listing the table's constraints by name.
     */
    public static ErrorMessageFactory shouldHaveConstraint(String constraint, List<String> constraints) {
        return new ShouldHaveConstraint(constraint, constraints);
    }
}
