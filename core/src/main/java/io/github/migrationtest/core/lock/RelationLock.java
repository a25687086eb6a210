package io.github.migrationtest.core.lock;

import java.util.Objects;

/**
 * A lock on a relation that existed before the step.
 *
 * @param relation the locked relation ({@code app.orders}, {@code orders_pkey}); unqualified in {@code public}
 * @param table the table the relation belongs to: itself for a table, the indexed table for an index
 * @param mode the strongest mode held on it
 * @since 0.1
 */
public record RelationLock(String relation, String table, LockMode mode) {

    public RelationLock {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(mode, "mode");
    }

    /** {@code ACCESS EXCLUSIVE on orders}. */
    @Override
    public String toString() {
        return mode + " on " + relation;
    }
}
