package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.compat.internal.BreakingRules;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * Breaking changes a step makes for the previous application version, found from the schema before and after it
 * alone (no corpus needed): dropped or renamed tables, views, columns and functions, changed function signatures,
 * NOT NULL without a default, defaults dropped from NOT NULL columns, type changes that are not known widenings,
 * removed enum labels and revoked grants. Each finding names the object and the expand/contract alternative.
 *
 * <p>Understood shims, which are not breaks: a view with a renamed or dropped table's old name (its columns are
 * checked against the view's query), a column dropped and re-added in the same step, a new NOT NULL column that a
 * BEFORE INSERT trigger fills ({@code NEW.column := ...}), and a new column kept in sync by a trigger while the old
 * one stays. Not detected statically: new unique, check and foreign key constraints, row-level security, semantic
 * changes such as a changed default value, and result-shape changes from widenings; replaying a corpus finds those.
 * See {@code docs/compat.md}.
 *
 * @since 0.1
 */
public final class BreakingChanges {

    private BreakingChanges() {
    }

    /**
     * The breaking changes from one schema to the next.
     *
     * @param before the schema before the step
     * @param after the schema after the step
     * @param step the step's version, named in each finding
     * @return one {@link io.github.migrationtest.core.check.Category#COMPAT} error per breaking change
     */
    public static List<Finding> findings(SchemaSnapshot before, SchemaSnapshot after, String step) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(step, "step");
        return BreakingRules.findings(before, after, step);
    }
}
