package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A column of a schema snapshot is declared {@code NOT NULL} but should be nullable.
 *
 * @since 0.1
 */
public class ShouldBeNullable extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting column to be nullable but it is NOT NULL";

    private ShouldBeNullable() {
        super(TEMPLATE);
    }

    /**
     * The message for a NOT NULL column.
     */
    public static ErrorMessageFactory shouldBeNullable() {
        return new ShouldBeNullable();
    }
}
