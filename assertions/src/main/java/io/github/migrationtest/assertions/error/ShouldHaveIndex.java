package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot lacks an index.
 *
 * @since 0.1
 */
public class ShouldHaveIndex extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting table to have index:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHaveIndex(String index, List<String> indexes) {
        super(TEMPLATE, index, indexes);
    }

    /**
     * The message for a missing index, listing the table's indexes.
     */
    public static ErrorMessageFactory shouldHaveIndex(String index, List<String> indexes) {
        return new ShouldHaveIndex(index, indexes);
    }
}
