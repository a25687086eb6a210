package io.github.migrationtest.core.migration.internal.liquibase;

import java.util.Optional;
import liquibase.listener.SqlListener;

/** Remembers the last statement Liquibase sent, which is the failing one when a changeset fails. */
final class StatementRecorder extends SqlListener {

    private volatile String last;

    @Override
    public void writeSqlWillRun(String sql) {
        last = sql;
    }

    Optional<String> last() {
        return Optional.ofNullable(last);
    }
}
