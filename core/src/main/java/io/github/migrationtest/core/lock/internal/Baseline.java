package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.RelationLock;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user relations that existed before the step, without the migration tools' history tables: only these count.
 * A relation the step creates is invisible to other sessions until commit, so its locks block nobody.
 */
final class Baseline {

    private final Map<Long, Relation> relations = new TreeMap<>();

    Baseline(Map<Long, Relation> all) {
        all.values().stream().filter(r -> !history(r, all)).forEach(r -> relations.put(r.oid(), r));
    }

    private static boolean history(Relation relation, Map<Long, Relation> all) {
        Relation table = relation.isIndex() ? all.get(relation.table()) : relation;
        return table != null && SchemaSnapshot.HISTORY_TABLES.contains(table.relname());
    }

    boolean contains(long oid) {
        return relations.containsKey(oid);
    }

    java.util.Set<Long> oids() {
        return relations.keySet();
    }

    /** The pre-existing tables (plain, partitioned, materialized views). */
    List<Relation> tables() {
        return relations.values().stream().filter(Relation::isTable).toList();
    }

    /** The tables an application writer would lock: plain and partitioned. */
    List<Relation> writableTables() {
        return relations.values().stream().filter(r -> r.kind().equals("r") || r.kind().equals("p")).toList();
    }

    String nameOf(long oid) {
        Relation relation = relations.get(oid);
        return relation == null ? Long.toString(oid) : relation.name();
    }

    /** The indexes, by name, of the pre-existing tables in a snapshot (indexes the step built included). */
    Map<String, Relation> indexesOfTables(Map<Long, Relation> snapshot) {
        Map<String, Relation> indexes = new TreeMap<>();
        snapshot.values().stream().filter(r -> r.isIndex() && relations.containsKey(r.table())
                && relations.get(r.table()).isTable()).forEach(r -> indexes.put(r.name(), r));
        return indexes;
    }

    /** Locks on pre-existing relations, each with the table it belongs to. */
    List<RelationLock> locks(Map<Long, LockMode> modes) {
        List<RelationLock> locks = new ArrayList<>();
        modes.forEach((oid, mode) -> {
            Relation relation = relations.get(oid);
            if (relation != null) {
                String table = relation.isIndex() ? nameOf(relation.table()) : relation.name();
                locks.add(new RelationLock(relation.name(), table, mode));
            }
        });
        locks.sort(Comparator.comparing(RelationLock::relation));
        return locks;
    }
}
