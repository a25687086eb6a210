package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sees the locks of a statement that runs outside a transaction ({@code CREATE INDEX CONCURRENTLY}, ...), whose
 * locks are gone by the time it returns.
 *
 * <p>A blocker connection first holds ROW EXCLUSIVE on the pre-existing tables, as an application writer would. A
 * statement that needs a mode conflicting with writers then waits, and a sampler connection reads its
 * {@code pg_locks} rows (granted and requested) while it waits, before letting it go. CONCURRENTLY forms take only
 * SHARE UPDATE EXCLUSIVE, which does not conflict, and wait for the writer's virtual transaction instead, which the
 * sampler sees too. Without the blocker a short statement would finish between two samples.
 */
final class OutsideTransactionProbe {

    private static final String SAMPLE = "SELECT locktype, relation, mode, granted FROM pg_locks WHERE pid = ?";

    private final TestDatabase database;
    private final int pid;
    private final Set<Long> tracked;
    private final Map<Long, LockMode> seen = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private volatile long releasedAt;
    private Connection blocker;
    private Thread sampler;

    /**
     * @param database where the statement runs
     * @param pid the backend that runs it
     * @param tracked the pre-existing relations whose locks count
     */
    OutsideTransactionProbe(TestDatabase database, int pid, Set<Long> tracked) {
        this.database = database;
        this.pid = pid;
        this.tracked = tracked;
    }

    /** Blocks the tables and starts sampling; call before the statement runs. */
    void start(Collection<Relation> tables) {
        blocker = block(tables);
        sampler = new Thread(this::sample, "migrationtest-lock-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; call after the statement returned or failed. The strongest mode seen per relation. */
    Map<Long, LockMode> stop() {
        stopped = true;
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release(false);
        return Map.copyOf(seen);
    }

    /** When the blocker let the statement go ({@link System#nanoTime()}), if the statement waited for it. */
    OptionalLong releasedAt() {
        return releasedAt == 0 ? OptionalLong.empty() : OptionalLong.of(releasedAt);
    }

    private Connection block(Collection<Relation> tables) {
        if (tables.isEmpty()) {
            return null;
        }
        Connection connection = null;
        try {
            connection = database.connect();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '1s'");
                for (Relation table : tables) {
                    statement.execute("LOCK TABLE ONLY " + table.quoted() + " IN ROW EXCLUSIVE MODE");
                }
            }
            return connection;
        } catch (SQLException e) {
            // sampling alone still sees statements slow enough to be caught between samples
            close(connection);
            return null;
        }
    }

    private void sample() {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(SAMPLE)) {
            query.setInt(1, pid);
            while (!stopped) {
                boolean waiting = false;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        waiting |= !rs.getBoolean(4);
                        long relation = rs.getLong(2);
                        if ("relation".equals(rs.getString(1)) && tracked.contains(relation)) {
                            seen.merge(relation, LockMode.parse(rs.getString(3)), LockMode::max);
                        }
                    }
                }
                if (waiting) {
                    release(true);
                }
                Thread.onSpinWait();
            }
        } catch (SQLException | RuntimeException e) {
            // sampling is best effort; the statement must never be left waiting for the blocker
        } finally {
            release(false);
        }
    }

    private synchronized void release(boolean waited) {
        if (blocker != null) {
            if (waited) {
                releasedAt = System.nanoTime();
            }
            close(blocker);
            blocker = null;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing rolls the blocker's transaction back; nothing else to do
            }
        }
    }

}
