package io.github.migrationtest.core.traffic.internal;

import io.github.migrationtest.core.traffic.TableTraffic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The running counts of one table; workers on several threads add to it. */
public final class TableStats {

    private static final int ERROR_SAMPLE = 5;

    private final String table;
    private long reads;
    private long writes;
    private long longestReadNanos;
    private long longestWriteNanos;
    private long timeouts;
    private final List<String> errors = new ArrayList<>();

    public TableStats(String table) {
        this.table = table;
    }

    /** Counts a query that ran for this long, whatever its outcome. */
    public synchronized void ran(boolean write, long nanos) {
        if (write) {
            writes++;
            longestWriteNanos = Math.max(longestWriteNanos, nanos);
        } else {
            reads++;
            longestReadNanos = Math.max(longestReadNanos, nanos);
        }
    }

    /** Counts a query that reached the query timeout. */
    public synchronized void timedOut() {
        timeouts++;
    }

    /** Keeps the first few distinct errors. */
    public synchronized void failed(String message) {
        if (errors.size() < ERROR_SAMPLE && !errors.contains(message)) {
            errors.add(message);
        }
    }

    /** What was counted so far. */
    public synchronized TableTraffic snapshot() {
        return new TableTraffic(table, reads, writes, Duration.ofNanos(longestReadNanos),
                Duration.ofNanos(longestWriteNanos), timeouts, errors);
    }
}
