package io.github.migrationtest.core.compat;

/**
 * The rule ids of {@link io.github.migrationtest.core.check.Category#COMPAT} findings, stable across releases.
 *
 * @since 0.1
 */
public final class CompatRules {

    /** Replay: the typed {@code PREPARE} of an old query fails (missing table, column or function, changed type). */
    public static final String QUERY_FAILS_TO_PREPARE = "query-fails-to-prepare";
    /** Replay: the old query's result columns or their types differ from those at the corpus's version. */
    public static final String RESULT_SHAPE_CHANGED = "result-shape-changed";
    /** Replay: the old query fails when executed (constraint, privilege, row-level security, value errors). */
    public static final String QUERY_FAILS = "query-fails";
    /** Static: a table was dropped, and no view of the same name stands in for it. */
    public static final String TABLE_DROPPED = "table-dropped";
    /** Static: a table was renamed, and no view of the old name stands in for it. */
    public static final String TABLE_RENAMED = "table-renamed";
    /** Static: a view was dropped. */
    public static final String VIEW_DROPPED = "view-dropped";
    /** Static: a column was dropped, and no view of the table's old name still has it. */
    public static final String COLUMN_DROPPED = "column-dropped";
    /** Static: a column was renamed (one removed, one added of the same type in the same table). */
    public static final String COLUMN_RENAMED = "column-renamed";
    /** Static: a function was dropped. */
    public static final String FUNCTION_DROPPED = "function-dropped";
    /** Static: a function's argument types or result changed. */
    public static final String FUNCTION_SIGNATURE_CHANGED = "function-signature-changed";
    /** Static: a column became or was added NOT NULL without a default, so old INSERTs omitting it fail. */
    public static final String NOT_NULL_WITHOUT_DEFAULT = "not-null-without-default";
    /** Static: a NOT NULL column lost its default, so old INSERTs omitting it fail. */
    public static final String DEFAULT_DROPPED = "default-dropped";
    /** Static: a column's type changed in a way that is not a known widening. */
    public static final String TYPE_NARROWED = "type-narrowed";
    /** Static: an enum type lost a label. */
    public static final String ENUM_LABEL_REMOVED = "enum-label-removed";
    /** Static: a role lost privileges on a table, view, column, sequence, function or schema. */
    public static final String GRANT_REVOKED = "grant-revoked";

    private CompatRules() {
    }
}
