package io.github.migrationtest.core.data;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link RowSynthesizer#fill} did. Every requested table appears in {@link #filled()},
 * {@link #unfillable()} or {@link #filledThroughParent()}; parents filled because a foreign key needed them appear
 * too. Tables are named by path ({@code schema.table}) and sorted.
 *
 * @param filled the rows inserted per table; fewer than asked for when later rows ran out of accepted values
 * @param unfillable why each table that got no row got none
 * @param filledThroughParent each requested partition and the partitioned table that was filled in its place (its
 *     rows are routed to the partitions, and the partitioned table's entry says how many)
 * @since 0.1
 */
public record SynthesisResult(Map<String, Integer> filled, Map<String, String> unfillable,
        Map<String, String> filledThroughParent) {

    public SynthesisResult {
        filled = Collections.unmodifiableMap(new TreeMap<>(filled));
        unfillable = Collections.unmodifiableMap(new TreeMap<>(unfillable));
        filledThroughParent = Collections.unmodifiableMap(new TreeMap<>(filledThroughParent));
    }
}
