package io.github.migrationtest.core.lock;

/**
 * What a second connection saw when it tried a table while the step's transaction was open, each attempt under a
 * short {@code lock_timeout}: SQLSTATE 55P03 means blocked. Version-independent ground truth for the lock modes.
 *
 * @param readsBlocked whether {@code SELECT 1 FROM t LIMIT 1} timed out waiting for a lock
 * @param writesBlocked whether {@code DELETE FROM t WHERE false} (which takes ROW EXCLUSIVE) timed out
 * @since 0.1
 */
public record BlockingProbe(boolean readsBlocked, boolean writesBlocked) {

    /** {@code reads and writes blocked}, {@code writes blocked}, {@code not blocked}. */
    @Override
    public String toString() {
        return readsBlocked && writesBlocked ? "reads and writes blocked" : readsBlocked ? "reads blocked"
                : writesBlocked ? "writes blocked" : "not blocked";
    }
}
