package io.github.migrationtest.core.check;

/**
 * The check family a {@link Finding} belongs to; {@link #id()} is its name in reports.
 *
 * @since 0.1
 */
public enum Category {
    /** The up did not run cleanly from the previous version. */
    APPLY("apply"),
    /** Up then down did not return the previous schema, or up again failed or differed. */
    REVERSIBILITY("reversibility"),
    /** Rows present before up were lost or changed by up then down. */
    DATA("data"),
    /** Running the up a second time failed or changed something. */
    IDEMPOTENCY("idempotency"),
    /** A strong lock held while a table was rewritten, scanned or indexed. */
    LOCK("lock"),
    /** The previous version's queries stopped working. */
    COMPAT("compat"),
    /** Row Level Security let a tenant's rows reach another tenant. */
    RLS("rls");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The name in reports and acceptance markers: {@code reversibility}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
