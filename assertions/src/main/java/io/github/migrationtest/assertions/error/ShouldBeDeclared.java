package io.github.migrationtest.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A constraint, index or policy of a schema snapshot lacks a yes-or-no trait, such as being deferrable, unique or
 * permissive.
 *
 * @since 0.1
 */
public class ShouldBeDeclared extends BasicErrorMessageFactory {

    private ShouldBeDeclared(String object, String expected, String actual) {
        // The words are ours, never user input, so they can go into the template.
        super("%nExpecting " + object + " to be " + expected + " but it is " + actual);
    }

    /**
     * The message for an {@code object} ({@code constraint}, {@code index}, {@code policy}) that is {@code actual}
     * instead of {@code expected}, such as {@code shouldBeDeclared("constraint", "deferrable", "not deferrable")}.
     */
    public static ErrorMessageFactory shouldBeDeclared(String object, String expected, String actual) {
        return new ShouldBeDeclared(object, expected, actual);
    }
}
