package io.github.migrationtest.assertions.error;

import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot has no primary key, or one on other columns.
 *
 * @since 0.1
 */
public class ShouldHavePrimaryKey extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting table to have primary key:%n  %s%nbut it has:%n  %s";

    private static final String TEMPLATE_NONE = "%nExpecting table to have primary key:%n  %s%nbut it has none";

    private ShouldHavePrimaryKey(String template, Object... arguments) {
        super(template, arguments);
    }

    /**
     * The message for a table whose primary key, if any, is not {@code expected}; both are definitions as
     * {@code pg_get_constraintdef} writes them, such as {@code PRIMARY KEY (id)}.
     */
    public static ErrorMessageFactory shouldHavePrimaryKey(String expected, Optional<String> actual) {
        return actual.map(definition -> new ShouldHavePrimaryKey(TEMPLATE, expected, definition))
                .orElseGet(() -> new ShouldHavePrimaryKey(TEMPLATE_NONE, expected));
    }
}
