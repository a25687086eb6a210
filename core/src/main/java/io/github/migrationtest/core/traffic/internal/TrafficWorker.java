package io.github.migrationtest.core.traffic.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One connection cycling through its share of the workload until stopped; it times every query and closes its
 * connection when it ends, however it ends.
 */
public final class TrafficWorker implements Runnable {

    private static final String QUERY_CANCELED = "57014";

    private final Connection connection;
    private final List<TrafficQuery> queries;
    private final Map<String, TableStats> stats;
    private final Duration pause;
    private volatile boolean running = true;
    private volatile Statement current;

    /**
     * A worker over its own connection, which it owns and closes.
     *
     * @param connection a connection with auto-commit off and the query timeout set
     * @param queries the queries this worker runs in turn, at least one
     * @param stats where to count, by table
     * @param pause the wait between two queries
     */
    public TrafficWorker(Connection connection, List<TrafficQuery> queries, Map<String, TableStats> stats,
            Duration pause) {
        this.connection = connection;
        this.queries = List.copyOf(queries);
        this.stats = stats;
        this.pause = pause;
    }

    @Override
    public void run() {
        try {
            for (int i = 0; running; i = (i + 1) % queries.size()) {
                if (!execute(queries.get(i))) {
                    return;
                }
                sleep();
            }
        } finally {
            closeConnection();
        }
    }

    /** Asks the worker to stop after its query in flight. */
    public void stopSoon() {
        running = false;
    }

    /** Cancels the query in flight, for a worker that did not stop in time. */
    public void cancel() {
        running = false;
        Statement statement = current;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The query ended meanwhile, or the connection is gone: either way nothing is left to cancel.
            }
        }
    }

    /** Closes the connection from outside, the last resort for a worker stuck on the network. */
    public void closeConnection() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort; the server ends the backend when the socket goes.
        }
    }

    /** Runs one query in a transaction that is always rolled back; false if the connection is no longer usable. */
    private boolean execute(TrafficQuery query) {
        TableStats table = stats.get(query.table());
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            current = statement;
            statement.execute(query.sql());
            table.ran(query.write(), System.nanoTime() - start);
        } catch (SQLException e) {
            long nanos = System.nanoTime() - start;
            if (!running) {
                return false; // cancelled by stop(): not something the migration did
            }
            table.ran(query.write(), nanos);
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                table.timedOut();
            } else {
                table.failed((query.write() ? "write: " : "read: ") + firstLine(e.getMessage()));
            }
        } finally {
            current = null;
        }
        return rollback(query);
    }

    private boolean rollback(TrafficQuery query) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            if (running) {
                stats.get(query.table()).failed("connection lost: " + firstLine(e.getMessage()));
            }
            return false;
        }
    }

    private void sleep() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
