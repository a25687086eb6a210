package io.github.migrationtest.assertions.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot does not have row-level security enabled.
 *
 * @since 0.1
 */
public class ShouldHaveRowLevelSecurityEnabled extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting table to have row-level security enabled but it is disabled";

    private ShouldHaveRowLevelSecurityEnabled() {
        super(TEMPLATE);
    }

    /**
     * The message for a table without row-level security.
     */
    public static ErrorMessageFactory shouldHaveRowLevelSecurityEnabled() {
        return new ShouldHaveRowLevelSecurityEnabled();
    }
}
