package io.github.migrationtest.core.traffic;

import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.traffic.internal.CorpusWorkload;
import io.github.migrationtest.core.traffic.internal.GeneratedWorkload;
import io.github.migrationtest.core.traffic.internal.LoopbackUrls;
import io.github.migrationtest.core.traffic.internal.TableStats;
import io.github.migrationtest.core.traffic.internal.TrafficConnections;
import io.github.migrationtest.core.traffic.internal.TrafficQuery;
import io.github.migrationtest.core.traffic.internal.TrafficWorker;
import io.github.migrationtest.core.traffic.internal.Workload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background traffic on some tables of a test database, to see how long a migration step blocks the application's
 * queries: per table, a reader and a writer, each on its own connection, each timing every query.
 *
 * <p>Bounded: at most {@link TrafficOptions#maxConnections()} connections (with fewer than two per table, workers take
 * turns over the tables), each query limited by {@link TrafficOptions#queryTimeout()}, and only towards a server on
 * the local machine. Every connection has {@code application_name = 'migrationtest-traffic'}; writes are rolled back.
 * {@link #stop()} (or {@link #close()}) ends every thread and closes every connection. See {@code docs/traffic.md}.
 *
 * @since 0.1
 */
public final class TrafficSimulator implements AutoCloseable {

    /** How long past the query timeout {@link #stop()} waits for a query in flight before cancelling it. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Map<String, TableStats> stats;
    private final List<TrafficWorker> workers;
    private final List<Thread> threads;
    private final Duration queryTimeout;
    private TrafficReport report;

    private TrafficSimulator(Map<String, TableStats> stats, List<TrafficWorker> workers, Duration queryTimeout) {
        this.stats = stats;
        this.workers = workers;
        this.queryTimeout = queryTimeout;
        this.threads = new ArrayList<>();
        for (TrafficWorker worker : workers) {
            Thread thread = new Thread(worker, "migrationtest-traffic-" + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /**
     * Starts background traffic on these tables: per table, a read of one row and a write of one row that is rolled
     * back. Returns once every connection is open; the queries start right away.
     *
     * @param database the database, on the local machine
     * @param snapshot the database's schema, which says what the tables' columns are
     * @param tables the tables, by qualified name such as {@code public.users}
     * @param options the bounds
     * @return the running traffic, to {@link #stop()}
     * @throws IllegalArgumentException if the database is not on the local machine or a table is not in the snapshot
     * @throws IllegalStateException if a connection cannot be opened (none is left open)
     */
    public static TrafficSimulator start(TestDatabase database, SchemaSnapshot snapshot, Collection<String> tables,
            TrafficOptions options) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(options, "options");
        LoopbackUrls.requireLoopback(database.jdbcUrl());
        return start(database, new GeneratedWorkload(snapshot, tables), options);
    }

    /**
     * Starts background traffic that replays a query corpus, the previous application version's queries, each with
     * the parameter values the corpus gives; the report counts each query under {@code query <name>}.
     *
     * @param database the database, on the local machine
     * @param corpus the queries; a query the schema no longer supports is sampled as an error, not thrown
     * @param options the bounds
     * @return the running traffic, to {@link #stop()}
     * @throws IllegalArgumentException if the database is not on the local machine or the corpus is empty
     * @throws IllegalStateException if a connection cannot be opened (none is left open)
     */
    public static TrafficSimulator start(TestDatabase database, QueryCorpus corpus, TrafficOptions options) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        LoopbackUrls.requireLoopback(database.jdbcUrl());
        return start(database, new CorpusWorkload(corpus), options);
    }

    private static TrafficSimulator start(TestDatabase database, Workload workload, TrafficOptions options) {
        List<TrafficQuery> queries = workload.queries();
        Map<String, TableStats> stats = new LinkedHashMap<>();
        queries.forEach(q -> stats.computeIfAbsent(q.table(), TableStats::new));
        int count = Math.min(options.maxConnections(), queries.size());
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                connections.add(TrafficConnections.open(database, options.queryTimeout()));
            }
        } catch (SQLException e) {
            connections.forEach(TrafficSimulator::closeQuietly);
            throw new IllegalStateException("could not open traffic connection " + (connections.size() + 1) + " of "
                    + count + " to " + database + ": " + e.getMessage(), e);
        }
        List<TrafficWorker> workers = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            // Round-robin: worker w runs queries w, w + count, w + 2 * count, ...
            List<TrafficQuery> share = new ArrayList<>();
            for (int q = w; q < queries.size(); q += count) {
                share.add(queries.get(q));
            }
            workers.add(new TrafficWorker(connections.get(w), share, stats, options.pause()));
        }
        return new TrafficSimulator(stats, workers, options.queryTimeout());
    }

    /**
     * Stops the traffic and says what it saw. A query in flight may finish (it ends by the query timeout at the
     * latest); one still running a little later is cancelled. Every thread has ended and every connection is closed
     * on return, except a thread stuck on the network, whose connection is closed from outside. Calling it again
     * returns the same report.
     *
     * @return the traffic of each table
     */
    public synchronized TrafficReport stop() {
        if (report != null) {
            return report;
        }
        workers.forEach(TrafficWorker::stopSoon);
        long deadline = System.nanoTime() + queryTimeout.plus(GRACE).toNanos();
        for (int i = 0; i < threads.size(); i++) {
            Thread thread = threads.get(i);
            if (!join(thread, deadline - System.nanoTime())) {
                workers.get(i).cancel();
                thread.interrupt();
                if (!join(thread, GRACE.toNanos())) {
                    workers.get(i).closeConnection();
                }
            }
        }
        Map<String, TableTraffic> tables = new LinkedHashMap<>();
        stats.forEach((table, counts) -> tables.put(table, counts.snapshot()));
        report = new TrafficReport(tables);
        return report;
    }

    /** Stops the traffic if {@link #stop()} was not called; the report is then dropped. */
    @Override
    public void close() {
        stop();
    }

    private static boolean join(Thread thread, long nanos) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Best effort on a failed start: the connection is dropped either way.
        }
    }
}
