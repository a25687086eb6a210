package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table is missing.
 *
 * @since 0.1
 */
public class ShouldHaveTable extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting database to have table:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHaveTable(String table, List<String> tables) {
        super(TEMPLATE, table, tables);
    }

    /**
     * The message for a missing table, listing the tables there are.
     */
    public static ErrorMessageFactory shouldHaveTable(String table, List<String> tables) {
        return new ShouldHaveTable(table, tables);
    }
}
