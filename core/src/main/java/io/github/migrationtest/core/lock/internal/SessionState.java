package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.LockMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the tracer remembers about one connection of the migration: its transaction so far, its settings. */
final class SessionState {

    final Connection raw;
    private int pid;
    /** The step's transaction number of the open transaction, 0 until a traced statement runs in it. */
    int transaction;
    Map<Long, LockMode> held = Map.of();
    Map<Long, long[]> scans = Map.of();
    private boolean sessionTimeout;
    private boolean localTimeout;
    private final List<PendingStatement> open = new ArrayList<>();

    SessionState(Connection raw) {
        this.raw = raw;
    }

    int pid() throws SQLException {
        if (pid == 0) {
            pid = Catalog.backendPid(raw);
        }
        return pid;
    }

    boolean timeoutInEffect() {
        return sessionTimeout || localTimeout;
    }

    void noteTimeout(String sql, boolean inTransaction) {
        Statements.timeoutChange(sql).ifPresent(change -> {
            if (change.local()) {
                // SET LOCAL outside a transaction only warns: it changes nothing
                localTimeout = inTransaction && change.enabled();
            } else {
                sessionTimeout = change.enabled();
                localTimeout = false;
            }
        });
    }

    void opened(PendingStatement statement) {
        open.add(statement);
    }

    /** The transaction ended (commit, rollback or close): its locks are released now. */
    void ended(long nanos) {
        open.forEach(statement -> statement.heldUntil(nanos));
        open.clear();
        transaction = 0;
        held = Map.of();
        scans = Map.of();
        localTimeout = false;
    }
}
