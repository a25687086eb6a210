package io.github.migrationtest.core.migration.internal.liquibase;

import java.util.Locale;
import java.util.Optional;
import liquibase.listener.SqlListener;

/**
 * Remembers the last statement a changeset sent, which is the failing one when a changeset fails. Liquibase's own
 * bookkeeping (it releases its lock after a failure) is left out.
 */
final class StatementRecorder extends SqlListener {

    private volatile String last;

    @Override
    public void writeSqlWillRun(String sql) {
        if (!sql.toUpperCase(Locale.ROOT).contains("DATABASECHANGELOG")) {
            last = sql;
        }
    }

    Optional<String> last() {
        return Optional.ofNullable(last);
    }
}
