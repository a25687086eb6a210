package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot has a column it should not have.
 *
 * @since 0.1
 */
public class ShouldNotHaveColumn extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting table not to have column:%n  %s%nbut it has it";

    private ShouldNotHaveColumn(String column) {
        super(TEMPLATE, column);
    }

    /**
     * The message for a column that is there.
     */
    public static ErrorMessageFactory shouldNotHaveColumn(String column) {
        return new ShouldNotHaveColumn(column);
    }
}
