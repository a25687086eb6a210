package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema snapshot has a table it should not have.
 *
 * @since 0.1
 */
public class ShouldNotHaveTable extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting schema not to have table:%n  %s%nbut it has it";

    private ShouldNotHaveTable(String table) {
        super(TEMPLATE, table);
    }

    /**
     * The message for a table that is there, named by its path.
     */
    public static ErrorMessageFactory shouldNotHaveTable(String table) {
        return new ShouldNotHaveTable(table);
    }
}
