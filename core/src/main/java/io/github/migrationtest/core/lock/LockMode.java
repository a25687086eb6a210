package io.github.migrationtest.core.lock;

import java.util.Locale;

/**
 * A PostgreSQL table-level lock mode, weakest first, as in the "Conflicting Lock Modes" table of the PostgreSQL
 * documentation.
 *
 * @since 0.1
 */
public enum LockMode {
    /** Taken by {@code SELECT}. */
    ACCESS_SHARE,
    /** Taken by {@code SELECT ... FOR UPDATE / FOR SHARE}. */
    ROW_SHARE,
    /** Taken by {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE}. */
    ROW_EXCLUSIVE,
    /** Taken by {@code VACUUM}, {@code ANALYZE}, {@code CREATE INDEX CONCURRENTLY}, {@code VALIDATE CONSTRAINT}. */
    SHARE_UPDATE_EXCLUSIVE,
    /** Taken by {@code CREATE INDEX}: blocks writes. */
    SHARE,
    /** Taken by {@code CREATE TRIGGER}, {@code ADD FOREIGN KEY}: blocks writes. */
    SHARE_ROW_EXCLUSIVE,
    /** Taken by {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}: blocks writes. */
    EXCLUSIVE,
    /** Taken by most {@code ALTER TABLE} forms, {@code DROP}, {@code TRUNCATE}: blocks reads and writes. */
    ACCESS_EXCLUSIVE;

    /**
     * The mode of a {@code pg_locks.mode} value such as {@code AccessExclusiveLock}.
     *
     * @throws IllegalArgumentException for a name that is not a table-level lock mode
     */
    public static LockMode parse(String pgLocksMode) {
        for (LockMode mode : values()) {
            if (mode.pgLocksName().equals(pgLocksMode)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("not a table lock mode: " + pgLocksMode);
    }

    /** The name {@code pg_locks.mode} shows: {@code AccessExclusiveLock}. */
    public String pgLocksName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.append("Lock").toString();
    }

    /** Whether plain {@code SELECT}s on the relation wait while the lock is held: only ACCESS EXCLUSIVE. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** Whether {@code INSERT}, {@code UPDATE} and {@code DELETE} wait while the lock is held: SHARE and stronger. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    /** Whether the mode blocks application traffic at all (stronger than SHARE UPDATE EXCLUSIVE). */
    public boolean blocksTraffic() {
        return compareTo(SHARE_UPDATE_EXCLUSIVE) > 0;
    }

    /** The stronger of two modes. */
    public LockMode max(LockMode other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** As the documentation writes it: {@code ACCESS EXCLUSIVE}. */
    @Override
    public String toString() {
        return name().replace('_', ' ');
    }
}
