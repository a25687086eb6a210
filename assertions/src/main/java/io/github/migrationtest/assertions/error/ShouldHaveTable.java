package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table is missing, from a live database or from a schema snapshot.
 *
 * @since 0.1
 */
public class ShouldHaveTable extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting database to have table:%n  %s%nbut could not find it among:%n  %s";

    private static final String SCHEMA_TEMPLATE =
            "%nExpecting schema to have table:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHaveTable(String template, String table, List<String> tables) {
        super(template, table, tables);
    }

    /**
     * The message for a missing table, listing the tables there are.
     */
    public static ErrorMessageFactory shouldHaveTable(String table, List<String> tables) {
        return new ShouldHaveTable(TEMPLATE, table, tables);
    }

    /**
     * The message for a table missing from a schema snapshot, listing the snapshot's tables by path.
     */
    public static ErrorMessageFactory shouldHaveTableInSchema(String table, List<String> tables) {
        return new ShouldHaveTable(SCHEMA_TEMPLATE, table, tables);
    }
}
