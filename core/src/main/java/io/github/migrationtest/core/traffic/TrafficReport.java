package io.github.migrationtest.core.traffic;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a traffic simulation saw, per table.
 *
 * @param tables the traffic of each table, by qualified name, in the order the tables were given
 * @since 0.1
 */
public record TrafficReport(Map<String, TableTraffic> tables) {

    public TrafficReport {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /**
     * The traffic of one table.
     *
     * @param table the table's qualified name, as given to {@link TrafficSimulator#start}
     * @return its traffic
     * @throws IllegalArgumentException if the traffic did not cover that table
     */
    public TableTraffic table(String table) {
        TableTraffic traffic = tables.get(table);
        if (traffic == null) {
            throw new IllegalArgumentException("no traffic on " + table + "; the traffic covered " + tables.keySet());
        }
        return traffic;
    }

    /** The longest a query took on any table; zero without tables. */
    public Duration longestBlock() {
        return tables.values().stream().map(TableTraffic::longestBlock).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }
}
