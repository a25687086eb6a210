package io.github.migrationtest.core.check;

/**
 * The outcome of one check on one step.
 *
 * @since 0.1
 */
public enum Verdict {
    /** No findings, or only infos. */
    PASSED,
    /** An error nobody accepted. */
    FAILED,
    /** Warnings, no unaccepted error. */
    WARNED,
    /** Every error was accepted with a reason. */
    ACCEPTED,
    /** The check could not run, for the reason given in the result (no down, an earlier failure). */
    SKIPPED;

    /** The name in reports: {@code passed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
