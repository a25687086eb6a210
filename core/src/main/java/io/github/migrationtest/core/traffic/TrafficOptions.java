package io.github.migrationtest.core.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of a traffic simulation.
 *
 * @param maxConnections the most connections the traffic opens at once; with fewer than two per table, the workers
 *     take turns over the tables' queries
 * @param queryTimeout the {@code statement_timeout} of every traffic query; a query that reaches it counts as a
 *     timeout
 * @param pause how long a worker waits between two of its queries
 * @since 0.1
 */
public record TrafficOptions(int maxConnections, Duration queryTimeout, Duration pause) {

    /** 8 connections, a 5 s timeout per query, 5 ms between the queries of a worker. */
    public static final TrafficOptions DEFAULTS = new TrafficOptions(8, Duration.ofSeconds(5), Duration.ofMillis(5));

    public TrafficOptions {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(pause, "pause");
        if (queryTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("queryTimeout must be at least 1 ms, was " + queryTimeout);
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative, was " + pause);
        }
    }

    /**
     * These options with another connection bound.
     *
     * @param max the most connections the traffic opens at once
     * @return the new options
     */
    public TrafficOptions withMaxConnections(int max) {
        return new TrafficOptions(max, queryTimeout, pause);
    }

    /**
     * These options with another timeout per query.
     *
     * @param timeout the {@code statement_timeout} of every traffic query
     * @return the new options
     */
    public TrafficOptions withQueryTimeout(Duration timeout) {
        return new TrafficOptions(maxConnections, timeout, pause);
    }
}
