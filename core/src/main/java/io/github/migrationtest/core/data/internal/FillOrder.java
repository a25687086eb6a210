package io.github.migrationtest.core.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables parents first. Required parents (foreign keys with a NOT NULL column) must come first; optional
 * parents come first when they can, and a cycle through optional keys is broken by leaving one of them {@code NULL}.
 * A cycle of required keys has no order: its tables, and those that need them, are reported instead. Ties are broken
 * by name, so the order is the same on every run.
 *
 * @param tables the tables in fill order
 * @param unordered the tables that cannot be filled because of a required cycle, with the reason
 */
public record FillOrder(List<String> tables, Map<String, String> unordered) {

    /**
     * @param required for each table, the other tables it needs a row in
     * @param optional for each table, the other tables it would like a row in
     */
    public static FillOrder of(Set<String> tables, Map<String, Set<String>> required,
            Map<String, Set<String>> optional) {
        Set<String> remaining = new TreeSet<>(tables);
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = first(remaining, required, optional);
            if (next == null) {
                next = first(remaining, required, Map.of());
            }
            if (next == null) {
                break;
            }
            order.add(next);
            remaining.remove(next);
        }
        Map<String, String> unordered = new TreeMap<>();
        for (String table : remaining) {
            unordered.put(table, cycleReason(table, remaining, required));
        }
        return new FillOrder(List.copyOf(order), unordered);
    }

    private static String first(Set<String> remaining, Map<String, Set<String>> required,
            Map<String, Set<String>> optional) {
        for (String table : remaining) {
            if (noneIn(required.get(table), remaining) && noneIn(optional.get(table), remaining)) {
                return table;
            }
        }
        return null;
    }

    private static boolean noneIn(Set<String> parents, Set<String> remaining) {
        return parents == null || parents.stream().noneMatch(remaining::contains);
    }

    /** Every remaining table needs another remaining one, so following the first such parent always loops. */
    private static String cycleReason(String table, Set<String> remaining, Map<String, Set<String>> required) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = table;
        while (seen.add(current)) {
            path.add(current);
            current = new TreeSet<>(required.get(current)).stream().filter(remaining::contains).findFirst()
                    .orElseThrow();
        }
        int start = path.indexOf(current);
        if (start > 0) {
            return "needs a row in " + path.get(1) + ", which is on a cycle of foreign keys with NOT NULL columns";
        }
        return "foreign keys with NOT NULL columns form a cycle: " + String.join(" -> ", path) + " -> " + table;
    }
}
