package io.github.migrationtest.assertions.error;

import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A constraint, index or policy of a schema snapshot has another value for one of its properties (type, columns,
 * definition, expression, roles...).
 *
 * @since 0.1
 */
public class ShouldHaveProperty extends BasicErrorMessageFactory {

    private ShouldHaveProperty(String property, Object actual, Object expected) {
        // The property's name is ours, never user input, so it can go into the template.
        super("%nExpecting " + property + ":%n  %s%nto be:%n  %s", actual, expected);
    }

    /**
     * The message for a property, such as {@code constraint definition}, whose value is {@code actual} instead of
     * {@code expected}.
     */
    public static ErrorMessageFactory shouldHaveProperty(String property, Object actual, Object expected) {
        return new ShouldHaveProperty(property, actual, expected);
    }

    /**
     * The message for an optional property, such as {@code policy USING expression}, that is absent or not
     * {@code expected}; an absent value shows as {@code (none)}.
     */
    public static ErrorMessageFactory shouldHaveProperty(String property, Optional<String> actual, String expected) {
        return new ShouldHaveProperty(property, actual.<Object>map(v -> v).orElse(unquotedString("(none)")),
                expected);
    }
}
