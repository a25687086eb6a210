package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A column of a schema snapshot has another type.
 *
 * @since 0.1
 */
public class ShouldHaveColumnType extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting column type:%n  %s%nto be:%n  %s";

    private ShouldHaveColumnType(String actualType, String expectedType) {
        super(TEMPLATE, actualType, expectedType);
    }

    /**
     * The message for a column of type {@code actualType} instead of {@code expectedType}.
     */
    public static ErrorMessageFactory shouldHaveColumnType(String actualType, String expectedType) {
        return new ShouldHaveColumnType(actualType, expectedType);
    }
}
