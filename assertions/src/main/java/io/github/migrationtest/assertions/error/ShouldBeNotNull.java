package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A column of a schema snapshot is nullable but should be declared {@code NOT NULL}.
 *
 * @since 0.1
 */
public class ShouldBeNotNull extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting column to be NOT NULL but it is nullable";

    private ShouldBeNotNull() {
        super(TEMPLATE);
    }

    /**
     * The message for a nullable column.
     */
    public static ErrorMessageFactory shouldBeNotNull() {
        return new ShouldBeNotNull();
    }
}
