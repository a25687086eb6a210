package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot lacks a column.
 *
 * @since 0.1
 */
public class ShouldHaveColumn extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting table to have column:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHaveColumn(String column, List<String> columns) {
        super(TEMPLATE, column, columns);
    }

    /**
     * The message for a missing column, listing the table's columns in order.
     */
    public static ErrorMessageFactory shouldHaveColumn(String column, List<String> columns) {
        return new ShouldHaveColumn(column, columns);
    }
}
