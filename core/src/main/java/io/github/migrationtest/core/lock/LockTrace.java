package io.github.migrationtest.core.lock;

import io.github.migrationtest.core.migration.MigrationStep;
import java.util.List;
import java.util.Objects;

/**
 * The statements one step ran, in order, each with what it locked, rewrote, scanned and built on the relations that
 * existed before the step. The migration tools' bookkeeping (their history tables, catalog queries) is left out.
 *
 * @param step the traced step
 * @param serverMajor the PostgreSQL major version it ran on: the same SQL traces differently on different majors
 * @param statements the step's statements, in the order they ran
 * @since 0.1
 */
public record LockTrace(MigrationStep step, int serverMajor, List<StatementTrace> statements) {

    public LockTrace {
        Objects.requireNonNull(step, "step");
        statements = List.copyOf(statements);
    }
}
