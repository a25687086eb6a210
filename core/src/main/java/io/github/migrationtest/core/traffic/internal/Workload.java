package io.github.migrationtest.core.traffic.internal;

import java.util.List;

/**
 * The queries the traffic replays, over and over. Generated from the schema for now; a previous version's query
 * corpus is the other source to come.
 */
public interface Workload {

    /** The queries, in the order a worker cycles through them; at least one. */
    List<TrafficQuery> queries();
}
