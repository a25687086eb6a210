package io.github.migrationtest.core.check;

/**
 * How much a {@link Finding} matters: errors fail the check, warnings are reported, infos explain.
 *
 * @since 0.1
 */
public enum Severity {
    /** Fails the check unless accepted. */
    ERROR,
    /** Reported, does not fail the check. */
    WARNING,
    /** Context, such as a table the row synthesis could not fill. */
    INFO;

    /** The name in reports: {@code error}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
