package io.github.migrationtest.assertions.error;

import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A column of a schema snapshot has no default, or another one.
 *
 * @since 0.1
 */
public class ShouldHaveDefault extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting column default:%n  %s%nto be:%n  %s";

    private ShouldHaveDefault(Object actual, String expected) {
        super(TEMPLATE, actual, expected);
    }

    /**
     * The message for a column whose default, if any, is not {@code expected}; an absent default shows as
     * {@code (none)}.
     */
    public static ErrorMessageFactory shouldHaveDefault(Optional<String> actual, String expected) {
        return new ShouldHaveDefault(actual.<Object>map(d -> d).orElse(unquotedString("(none)")), expected);
    }
}
